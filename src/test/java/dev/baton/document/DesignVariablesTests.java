package dev.baton.document;

import dev.baton.role.TaskBrief;
import dev.baton.web.Rgb;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesignVariablesTests {

    @Test
    void designVariablesComeFromMemoryThenTheTaskAndAreMadeSafe() {
        TaskBrief task = TaskBrief.of("Generate\nBrand: Default\nPrimary color: #ff0000\nTone: playful\nFont: Lato");
        DesignVariables fromTask = DesignVariables.of(Map.of(), task, "a coffee shop");
        assertEquals("Coffee Shop", fromTask.brand(), "the template default 'Default' is no brand");
        assertEquals(new Rgb(255, 0, 0), fromTask.primaryColor());
        assertEquals(Tone.PLAYFUL, fromTask.tone());
        DesignVariables fromMemory = DesignVariables.of(Map.of("brand", "B", "primary_color", "nope", "font_family", "x\";}"), task, "i");
        assertEquals(DesignVariables.DEFAULT_COLOR, fromMemory.primaryColor());
        assertEquals("x", fromMemory.fontFamily());
    }
}

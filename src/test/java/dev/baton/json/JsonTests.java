package dev.baton.json;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTests {

    @Test
    void stringArraysAreWrittenAsJacksonWritesThem() {
        List<List<String>> cases = List.of(List.of(), List.of("a"), List.of("docs/a.md", "Code Skeleton"),
                List.of("quote \" back \\ slash", "tab\tnew\nline\rcr", "bell\u0007", "é ü 漢字 😀", "\u2028 sep"));
        for (List<String> texts : cases) {
            assertEquals(Json.write(texts), JsonText.stringArray(texts));
        }
    }
}

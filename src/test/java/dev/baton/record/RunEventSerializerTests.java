package dev.baton.record;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.baton.json.Json;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunEventSerializerTests {

    /** Jackson's own writing of the record, by its accessors. */
    private static final ObjectMapper BY_ACCESSORS = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();

    @Test
    void eventsAreWrittenAsJacksonWritesTheRecordAndReadBack() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("score", 0.75);
        data.put("passed", true);
        data.put("error", null);
        data.put("suggestions", List.of("a \"quoted\" one", "ünïcödé\n"));
        data.put("nested", Map.of("tokens", 12));
        for (RunEvent event : List.of(
                new RunEvent("2026-11-30T09:00:00.000Z", "review", "job-1", 7, 3, "s0", 2, 1, data),
                new RunEvent("2026-11-30T09:00:00.000Z", "run.started", "job-1", 7, 3, null, 0, 0, Map.of()),
                new RunEvent(null, "run.ended", null, 0, 0, null, 0, 0, null))) {
            String json = Json.write(event);
            assertEquals(BY_ACCESSORS.writeValueAsString(event), json);
            assertEquals(event, Json.read(json, RunEvent.class));
        }
    }
}

package dev.baton.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Writes a {@link RunEvent} field by field, in the order of its components, as Jackson would
 * write the record (nulls included), without looking its accessors up by reflection: three
 * events are written for every stage of every run.
 */
final class RunEventSerializer extends StdSerializer<RunEvent> {

    RunEventSerializer() {
        super(RunEvent.class);
    }

    @Override
    public void serialize(RunEvent event, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("time", event.time());
        json.writeStringField("type", event.type());
        json.writeStringField("jobName", event.jobName());
        json.writeNumberField("executionId", event.executionId());
        json.writeNumberField("instanceId", event.instanceId());
        json.writeStringField("stage", event.stage());
        json.writeNumberField("wave", event.wave());
        json.writeNumberField("attempt", event.attempt());
        provider.defaultSerializeField("data", event.data(), json);
        json.writeEndObject();
    }
}

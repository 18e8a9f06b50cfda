package dev.baton.remote;

import dev.baton.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON bytes of the messages between coordinator and workers (file contents as base64). */
final class Codec {

    private Codec() {
    }

    static byte[] bytes(Object message) {
        try {
            return Json.MAPPER.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return Json.MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.baton.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.json.Json;
import dev.baton.message.Msg;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON bodies through Baton's one Jackson configuration ({@link Json}), so that both servers write
 * the same JSON whatever JSON providers they bring (WildFly's own Jackson and JSON-B providers
 * rank below an application's). Plain strings are left to the servers' text providers.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && isJson(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            byte[] body = entityStream.readAllBytes();
            if (body.length == 0) {
                return null;
            }
            return Json.MAPPER.readValue(body, Json.MAPPER.constructType(genericType));
        } catch (JsonProcessingException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_REQUEST_BODY, e.getOriginalMessage());
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        Json.MAPPER.writeValue(new NonClosing(entityStream), value);
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType == null || mediaType.isWildcardType()
                || "json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json");
    }

    /** Jackson closes what it writes to; the server owns the response stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package io.thoisu.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * JSON of the corpus stages' snapshot records, by Jackson from the records themselves (components, {@code Optional},
 * {@code java.time}), as {@link ModelJson} writes model records, plus map entries sorted by key: a snapshot's maps
 * are immutable copies whose iteration order changes from one run to the next, and the same state should be the
 * same text. Unknown properties fail the read, so a snapshot of another shape is never half-read.
 *
 * <p>Arrays of {@code int} and {@code float} (MinHash signatures, centroids, document frequencies: most of a
 * snapshot) are written as base64 of their little-endian bytes, by type, whatever record holds them: a third of the
 * text of decimal numbers, and several times faster to read back. A plain JSON array is read too.
 */
final class SnapshotJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(packedArrays())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SnapshotJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("saved state does not read as " + type.getSimpleName(), e);
        }
    }

    private static SimpleModule packedArrays() {
        SimpleModule m = new SimpleModule("packed-arrays");
        m.addSerializer(int[].class, new StdSerializer<>(int[].class) {
            @Override
            public void serialize(int[] v, JsonGenerator g, SerializerProvider p) throws IOException {
                ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                b.asIntBuffer().put(v);
                g.writeBinary(b.array());
            }
        });
        m.addSerializer(float[].class, new StdSerializer<>(float[].class) {
            @Override
            public void serialize(float[] v, JsonGenerator g, SerializerProvider p) throws IOException {
                ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                b.asFloatBuffer().put(v);
                g.writeBinary(b.array());
            }
        });
        m.addDeserializer(int[].class, new StdDeserializer<>(int[].class) {
            @Override
            public int[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
                if (p.currentToken() == JsonToken.START_ARRAY) {
                    int[] out = new int[16];
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
                        out[n++] = p.getIntValue();
                    }
                    return Arrays.copyOf(out, n);
                }
                ByteBuffer b = ByteBuffer.wrap(p.getBinaryValue()).order(ByteOrder.LITTLE_ENDIAN);
                int[] out = new int[b.remaining() / 4];
                b.asIntBuffer().get(out);
                return out;
            }
        });
        m.addDeserializer(float[].class, new StdDeserializer<>(float[].class) {
            @Override
            public float[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
                if (p.currentToken() == JsonToken.START_ARRAY) {
                    float[] out = new float[16];
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
                        out[n++] = p.getFloatValue();
                    }
                    return Arrays.copyOf(out, n);
                }
                ByteBuffer b = ByteBuffer.wrap(p.getBinaryValue()).order(ByteOrder.LITTLE_ENDIAN);
                float[] out = new float[b.remaining() / 4];
                b.asFloatBuffer().get(out);
                return out;
            }
        });
        return m;
    }
}

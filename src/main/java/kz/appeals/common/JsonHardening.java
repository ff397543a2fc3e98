package kz.appeals.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request JSON is read strictly: a body with anything after its value is refused, and a
 * string holding a NUL character (which PostgreSQL cannot store in text), an unpaired
 * UTF-16 surrogate (from an escape such as {@code \ud800}: no character, and not storable
 * as UTF-8) or the noncharacters U+FFFE and U+FFFF (the import marks undecodable bytes with
 * U+FFFF) is a 400 on its field instead of a failure at the database or a garbled text.
 */
@Singleton
public class JsonHardening implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // a number is a JSON number and a flag a JSON boolean: 4.9 for a whole number, "5", or 1 for
        // true is a 400 on its field, never truncated or guessed (a rating of 4.9 would count as 4)
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (com.fasterxml.jackson.databind.type.LogicalType type : java.util.List.of(
                com.fasterxml.jackson.databind.type.LogicalType.Integer, com.fasterxml.jackson.databind.type.LogicalType.Float,
                com.fasterxml.jackson.databind.type.LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.String,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        }
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Boolean)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                        com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        SimpleModule module = new SimpleModule("appeals-strict-strings");
        module.addDeserializer(String.class, new StrictStrings());
        mapper.registerModule(module);
    }

    static final class StrictStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String flaw = value == null ? null : flaw(value);
            if (flaw != null) {
                throw InvalidFormatException.from(p, flaw, value, String.class);
            }
            return value;
        }
    }

    /** What makes the text unacceptable, or null. */
    static String flaw(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character";
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return "contains a noncharacter or bytes that are not UTF-8";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return "contains an unpaired surrogate";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
        }
        return null;
    }
}

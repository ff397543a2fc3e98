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

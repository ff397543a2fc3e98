package kz.appeals.document;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as given by clients, made safe to store and to send back: and the
 * {@code Content-Disposition} that sends them (RFC 6266, with the UTF-8 form of RFC 8187/5987 for
 * names outside ASCII, such as Cyrillic ones, and a plain ASCII fallback for old clients).
 */
public final class FileNames {
    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "attachment";

    private FileNames() {
    }

    /**
     * The name to keep: the last segment of a path, without control or formatting characters
     * (no bidirectional overrides that disguise an extension), NFC, at most 255 characters.
     */
    public static String clean(String submitted) {
        if (submitted == null) {
            return FALLBACK;
        }
        String name = repairUtf8(submitted);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE && cp != 0xFFFD;
        }).forEach(out::appendCodePoint);
        name = Normalizer.normalize(out.toString(), Normalizer.Form.NFC).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
        }
        return name;
    }

    /**
     * Browsers send a file name's UTF-8 bytes as they are, and a multipart parser that reads header
     * bytes as ISO-8859-1 turns "Жалоба" into "Ð–Ð°Ð»Ð¾Ð±Ð°": such a name is read again as UTF-8
     * when its bytes are valid UTF-8 (a real ISO-8859-1 name almost never is).
     */
    static String repairUtf8(String name) {
        boolean high = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0xFF) {
                return name;
            }
            high |= c > 0x7F;
        }
        if (!high) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...} for a stored name. */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '%'
                ? (char) cp : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 8187 value characters: attr-char stays, every other UTF-8 byte is %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

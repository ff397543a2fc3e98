package kz.appeals.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.appeals.common.Errors;

/**
 * The text of a template: words with {@code {placeholders}}. A placeholder is a name in braces;
 * any other brace is an error, so a typo ({@code {dueOn}}} or {@code {due On}}) is refused when
 * the template is saved, never sent to a citizen.
 */
public final class TemplateText {
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)}");
    /** Left in the stored text and filled in only when the message is sent: the code is never stored. */
    public static final String ACCESS_CODE = "accessCode";

    private TemplateText() {
    }

    /** Adds an error for every unknown placeholder and every stray brace of {@code text} for {@code kind}. */
    public static void check(String text, NoticeKind kind, String field, Errors errors) {
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        List<String> unknown = new ArrayList<>();
        boolean stray = false;
        while (m.find()) {
            stray |= hasBrace(text.substring(last, m.start()));
            if (!kind.allows(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
            last = m.end();
        }
        stray |= hasBrace(text.substring(last));
        if (!unknown.isEmpty()) {
            errors.add(field, "unknown placeholder " + String.join(", ", unknown) + " for kind " + kind
                    + "; known: " + String.join(", ", kind.placeholders().stream().map(p -> "{" + p + "}").toList()));
        }
        if (stray) {
            errors.add(field, "a brace that is not part of a {placeholder}");
        }
    }

    /**
     * The text with each placeholder replaced by its value (an absent value by nothing), except
     * {@code {accessCode}}, which stays for {@link #fillAccessCode}. Values are inserted as they
     * are: a value that itself holds braces is never read as a placeholder.
     */
    public static String render(String text, Map<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String name = m.group(1);
            String replacement = ACCESS_CODE.equals(name) ? m.group() : values.getOrDefault(name, "");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The stored text with the access code in place: at sending time, from the appeal's salt. */
    public static String fillAccessCode(String rendered, String code) {
        return rendered.replace("{" + ACCESS_CODE + "}", code == null ? "" : code);
    }

    private static boolean hasBrace(String s) {
        return s.indexOf('{') >= 0 || s.indexOf('}') >= 0;
    }
}

package kz.appeals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.appeals.appeal.AppealLifecycle.Action;
import kz.appeals.appeal.AppealStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console offers the forms of the actions by a copy of the lifecycle's table (cases.js,
 * LIFECYCLE); the rule's home is {@link kz.appeals.appeal.AppealLifecycle}. This keeps the copy equal
 * to it: the same actions, allowed from the same statuses, for the same roles.
 */
class ConsoleLifecycleTableTest {
    private static final Path CASES = Path.of("src/main/resources/META-INF/resources/console/cases.js");
    private static final Pattern ROW = Pattern.compile("(\\w+): \\{from: \\[([^\\]]*)], roles: \\[([^\\]]*)]}");

    private record Row(Set<String> from, Set<String> roles) {
    }

    private static Set<String> words(String list) {
        Set<String> out = new TreeSet<>();
        for (String part : list.split(",")) {
            String w = part.strip().replace("'", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    @DisplayName("cases.js's LIFECYCLE lists every action of AppealLifecycle with the same statuses and roles")
    void sameAsTheLifecycle() throws IOException {
        String js = Files.readString(CASES);
        String table = js.substring(js.indexOf("const LIFECYCLE = {"), js.indexOf("};", js.indexOf("const LIFECYCLE = {")));
        Map<String, Row> rows = new HashMap<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            rows.put(m.group(1), new Row(words(m.group(2)), words(m.group(3))));
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(Action.values()).map(Action::path).toList());
        for (Action action : Action.values()) {
            Set<String> from = new TreeSet<>(Arrays.stream(AppealStatus.values()).filter(action::allowedFrom).map(Enum::name).toList());
            assertThat(rows.get(action.path()).from()).as("statuses of %s", action.path()).isEqualTo(from);
            assertThat(rows.get(action.path()).roles()).as("roles of %s", action.path()).isEqualTo(new TreeSet<>(List.copyOf(action.roles())));
        }
    }
}

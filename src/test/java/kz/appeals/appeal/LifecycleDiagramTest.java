package kz.appeals.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kz.appeals.appeal.AppealLifecycle.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The diagram in docs/lifecycle.md is drawn from {@link AppealLifecycle}'s table, so it cannot
 * drift from the code: this test draws it again and compares. After a change to the table,
 * rewrite the file with {@code mvn test -Dtest=LifecycleDiagramTest -Dlifecycle.write=true}.
 */
class LifecycleDiagramTest {
    static final Path FILE = Path.of("docs", "lifecycle.md");
    static final String BEGIN = "```mermaid\n";
    static final String END = "```\n";

    @Test
    @DisplayName("docs/lifecycle.md shows exactly the transitions of AppealLifecycle")
    void diagramMatchesTable() throws IOException {
        String doc = Files.readString(FILE, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END, begin + BEGIN.length());
        assertThat(begin).as("a mermaid block in %s", FILE).isNotNegative();
        String drawn = diagram();
        if (Boolean.getBoolean("lifecycle.write")) {
            Files.writeString(FILE, doc.substring(0, begin + BEGIN.length()) + drawn + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(begin + BEGIN.length(), end))
                .as("%s is out of date: rerun with -Dlifecycle.write=true", FILE).isEqualTo(drawn);
    }

    @Test
    @DisplayName("the diagram has one arrow per (status, action) the table allows, and open statuses are marked")
    void diagramCountsEveryTransition() {
        String drawn = diagram();
        long allowed = 0;
        for (Action action : Action.values()) {
            for (AppealStatus status : AppealStatus.values()) {
                if (action.allowedFrom(status)) {
                    allowed++;
                    assertThat(drawn).contains("    " + status + " --> " + action.resultFrom(status) + ": " + action.path());
                }
            }
        }
        assertThat(drawn.lines().filter(l -> l.contains(" --> ") && !l.contains("[*]")).count()).isEqualTo(allowed);
        for (AppealStatus status : AppealStatus.values()) {
            assertThat(drawn.contains("class " + status + " open")).isEqualTo(status.isOpen());
        }
    }

    /** Mermaid's state diagram: an arrow per allowed (status, action), labelled with the action and its roles. */
    static String diagram() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(AppealStatus.REGISTERED).append(": registration\n");
        for (AppealStatus status : AppealStatus.values()) {
            for (Action action : Action.values()) {
                if (action.allowedFrom(status)) {
                    out.append("    ").append(status).append(" --> ").append(action.resultFrom(status))
                            .append(": ").append(action.path())
                            .append(" (").append(String.join(", ", action.roles()).toLowerCase(Locale.ROOT)).append(")\n");
                }
            }
        }
        out.append("    classDef open fill:#fff3cd,stroke:#8a6d3b\n");
        for (AppealStatus status : AppealStatus.values()) {
            if (status.isOpen()) {
                out.append("    class ").append(status).append(" open\n");
            }
        }
        return out.toString();
    }
}

package kz.appeals.support;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;

/**
 * Lines a test provokes on purpose (an error it logs to see it masked, a failure it causes) are
 * expected, not news: while open, the records of the given logger categories are kept off the
 * console and collected here for the test to assert on. Every other handler (the test profile's
 * log file, with its masking filter) still receives them.
 * <pre>
 * try (ExpectedLogs logs = ExpectedLogs.of("kz.appeals.test")) {
 *     ... provoke ...
 *     assertThat(logs.messages()).anyMatch(m -&gt; m.contains("failure"));
 * }
 * </pre>
 */
public final class ExpectedLogs implements AutoCloseable {
    private final List<String> categories;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Map<Handler, Filter> consoles = new IdentityHashMap<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (expected(record)) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private ExpectedLogs(List<String> categories) {
        this.categories = categories;
        Logger root = Logger.getLogger("");
        for (Handler console : consoles(root.getHandlers(), new ArrayList<>())) {
            Filter original = console.getFilter();
            consoles.put(console, original);
            console.setFilter(record -> !expected(record) && (original == null || original.isLoggable(record)));
        }
        root.addHandler(collector);
    }

    public static ExpectedLogs of(String... categories) {
        return new ExpectedLogs(List.of(categories));
    }

    /** The records of the categories logged since this was opened, in order (masked, as the log file holds them). */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Their messages, formatted. */
    public List<String> messages() {
        return records.stream().map(r -> new java.util.logging.SimpleFormatter().formatMessage(r)).toList();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(collector);
        consoles.forEach(Handler::setFilter);
    }

    private boolean expected(LogRecord record) {
        String name = record.getLoggerName();
        return name != null && categories.stream().anyMatch(c -> name.equals(c) || name.startsWith(c + "."));
    }

    /** The console handlers among the root's, also those nested in Quarkus's delaying handler. */
    private static List<Handler> consoles(Handler[] handlers, List<Handler> found) {
        for (Handler h : handlers) {
            if (h.getClass().getSimpleName().contains("ConsoleHandler")) {
                found.add(h);
            }
            if (h instanceof ExtHandler ext) {
                consoles(ext.getHandlers(), found);
            }
        }
        return found;
    }
}

package kz.appeals.catalogue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The newest catalogue version this instance knows of, kept current by PostgreSQL's
 * {@code LISTEN catalogue_changed} (the trigger of V89 notifies every change at its commit) on a
 * connection of its own. While that connection listens, a read outside a transaction (the lists
 * of the API) trusts the catalogues held in memory without asking the database; a change made on
 * another instance reaches this one within the notification's delivery, milliseconds. When the
 * connection is lost the version is unknown, and every use reads the version row until it is back.
 */
@ApplicationScoped
public class CatalogueChanges {
    private static final Logger LOG = Logger.getLogger(CatalogueChanges.class);
    static final String CHANNEL = "catalogue_changed";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** The newest version seen, or -1 while the listening connection is not up. */
    private final AtomicLong known = new AtomicLong(-1);
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        if (url.isEmpty()) {
            return; // no URL of our own to listen on: every use reads the version row
        }
        running = true;
        thread = new Thread(this::listen, "catalogue-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is all that is left to do
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** The newest version known from notifications, or -1 when nothing is listening. */
    long known() {
        return known.get();
    }

    /** A version read from the row: the newest known cannot be older (versions rise in commit order). */
    void seen(long version) {
        known.accumulateAndGet(version, (old, seen) -> old < 0 ? old : Math.max(old, seen));
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            Properties props = new Properties();
            user.ifPresent(u -> props.setProperty("user", u));
            password.ifPresent(p -> props.setProperty("password", p));
            props.setProperty("connectTimeout", "10");
            props.setProperty("tcpKeepAlive", "true");
            try (Connection c = DriverManager.getConnection(url.get(), props); Statement st = c.createStatement()) {
                connection = c;
                st.execute("listen " + CHANNEL);
                // listening first, then the row: nothing committed in between is missed
                try (ResultSet rs = st.executeQuery("select version from catalogue_version")) {
                    rs.next();
                    known.set(rs.getLong(1));
                }
                warned = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            known.accumulateAndGet(Long.parseLong(n.getParameter()), Math::max);
                        }
                    }
                    if (c.isClosed()) {
                        break;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && !warned) {
                    LOG.warnf("Not listening for catalogue changes (%s); each request reads the catalogue version until it is back",
                            e.getClass().getSimpleName());
                    warned = true;
                }
            } finally {
                known.set(-1);
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

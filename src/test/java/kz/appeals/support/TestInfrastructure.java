package kz.appeals.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the suite needs besides the service: the test database on the machine's
 * PostgreSQL, and a real Keycloak started from the cached distribution by
 * {@code dev/keycloak.sh}. The realm is the demo realm plus one RSA signing key that
 * this class generates, so token-level tests can sign tokens that the service trusts
 * (expired, wrong audience, wrong issuer) without a private key in the repository.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {
    static final Path WORK = Path.of("target", "keycloak-test");
    static final int PORT = Integer.parseInt(env("APPEALS_TEST_KEYCLOAK_PORT", "8181"));
    public static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/appeals";

    /** Keep Keycloak running between local runs (APPEALS_TEST_KEYCLOAK_REUSE=true): faster edit-test loops. */
    static final boolean REUSE = Boolean.parseBoolean(env("APPEALS_TEST_KEYCLOAK_REUSE", "false"));

    private static KeyPair keyPair;

    @Override
    public Map<String, String> start() {
        createDatabase();
        try {
            keyPair = loadOrCreateKey();
            Path realm = writeRealmWithTestKey();
            if (REUSE) {
                run(realm, "start", "--port", Integer.toString(PORT), "--dir", WORK.toString(), "--reuse");
            } else {
                run(realm, "start", "--port", Integer.toString(PORT), "--dir", WORK.toString());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak for the tests did not start: " + e.getMessage(), e);
        }
        return Map.of("quarkus.oidc.auth-server-url", ISSUER);
    }

    @Override
    public void stop() {
        if (REUSE) {
            return;
        }
        try {
            run(null, "stop", "--dir", WORK.toString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair keyPair() {
        return keyPair;
    }

    private static void run(Path realm, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = "dev/keycloak.sh";
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (realm != null) {
            builder.environment().put("KEYCLOAK_REALM_FILE", realm.toAbsolutePath().toString());
        }
        Process p = builder.start();
        if (!p.waitFor(Duration.ofMinutes(16).toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("dev/keycloak.sh " + args[0] + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException("dev/keycloak.sh " + args[0] + " failed with " + p.exitValue());
        }
    }

    private static void createDatabase() {
        String url = env("APPEALS_TEST_ADMIN_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("APPEALS_TEST_DB_USER", "postgres");
        String database = env("APPEALS_TEST_DATABASE", "appeals_test");
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            // Every run starts from an empty database: migrations are applied from scratch and
            // no data of an earlier run (or an earlier schema) can make a test pass or fail.
            c.createStatement().execute("drop database if exists " + database + " with (force)");
            c.createStatement().execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is not reachable: " + e.getMessage(), e);
        }
    }

    /** The key survives between runs so a Keycloak kept running (--reuse) still matches it. */
    private static KeyPair loadOrCreateKey() throws IOException {
        Path file = WORK.resolve("test-signing-key.der");
        try {
            if (Files.exists(file)) {
                KeyFactory kf = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
                return new KeyPair(kf.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent())), priv);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(WORK);
            Files.write(file, pair.getPrivate().getEncoded());
            return pair;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static Path writeRealmWithTestKey() throws IOException {
        String realm = Files.readString(Path.of("docker", "keycloak", "appeals-realm.json"), StandardCharsets.UTF_8);
        String pem = Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded());
        String component = "\"org.keycloak.keys.KeyProvider\": [{\"name\": \"test-signing-key\", \"providerId\": \"rsa\","
                + " \"subComponents\": {}, \"config\": {\"privateKey\": [\"" + pem + "\"], \"priority\": [\"50\"],"
                + " \"active\": [\"true\"], \"enabled\": [\"true\"], \"algorithm\": [\"RS256\"]}}]";
        String patched;
        if (realm.contains("\"org.keycloak.keys.KeyProvider\"")) {
            patched = realm.replaceFirst("\"org\\.keycloak\\.keys\\.KeyProvider\"\\s*:\\s*\\[",
                    java.util.regex.Matcher.quoteReplacement(component.substring(0, component.length() - 1) + ","));
        } else if (realm.contains("\"components\"")) {
            patched = realm.replaceFirst("\"components\"\\s*:\\s*\\{",
                    java.util.regex.Matcher.quoteReplacement("\"components\": {" + component + ","));
        } else {
            int end = realm.lastIndexOf('}');
            patched = realm.substring(0, end) + ", \"components\": {" + component + "}}";
        }
        Path out = WORK.resolve("appeals-realm-test.json");
        Files.createDirectories(WORK);
        Files.writeString(out, patched, StandardCharsets.UTF_8);
        return out;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package kz.appeals.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The peers the notices talk to, real and on loopback: GreenMail (SMTP and IMAP, started from its
 * Maven Central jar by {@code dev/greenmail.sh}, as the suite starts Keycloak; the service reaches it
 * through {@link MailFront}, which refuses some addresses as real servers do) and an HTTP server in
 * the role of the SMS gateway ({@link SmsGatewayStub}). The service under test gets their addresses,
 * its dispatcher switched on, and short retry times so that giving up fits in a test.
 */
public class NoticePeers implements QuarkusTestResourceLifecycleManager {
    public static final int SMTP_PORT = Integer.parseInt(env("APPEALS_TEST_SMTP_PORT", "8301"));
    public static final int IMAP_PORT = Integer.parseInt(env("APPEALS_TEST_IMAP_PORT", "8302"));
    public static final int SMS_PORT = Integer.parseInt(env("APPEALS_TEST_SMS_PORT", "8303"));
    /** Where the service sends its mail: {@link MailFront}, which relays to GreenMail's SMTP_PORT. */
    public static final int MAIL_FRONT_PORT = SMTP_PORT + 10000;
    public static final String MAIL_DIR = "target/greenmail-test";
    /** How long a notice is retried in the tests before it is FAILED. */
    public static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);
    public static final String SMS_KEY = "test-sms-gateway-key";
    /** The key the gateway's delivery reports carry. */
    public static final String REPORT_KEY = "test-sms-report-key";
    /** The public address the answer's notice links to (configured with a trailing slash, which is dropped). */
    public static final String PUBLIC_URL = "https://appeals.example.kz";

    private SmsGatewayStub gateway;
    private MailFront front;

    @Override
    public Map<String, String> start() {
        try {
            mail("stop", "--dir", MAIL_DIR);
            mail("start", "--smtp-port", Integer.toString(SMTP_PORT), "--imap-port", Integer.toString(IMAP_PORT),
                    "--dir", MAIL_DIR);
            gateway = new SmsGatewayStub(SMS_PORT);
            front = new MailFront(MAIL_FRONT_PORT, SMTP_PORT);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("The notice peers did not start: " + e.getMessage(), e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(MAIL_FRONT_PORT));
        config.put("appeals.notices.dispatch-interval", "1s");
        config.put("appeals.notices.retry-initial", "PT0.5S");
        config.put("appeals.notices.retry-max", "PT2S");
        config.put("appeals.notices.give-up-after", GIVE_UP_AFTER.toString());
        config.put("appeals.notices.send-timeout", "PT1S");
        config.put("appeals.notices.lease", "PT4S");
        config.put("appeals.notices.sms.url", "http://127.0.0.1:" + SMS_PORT + "/sms");
        config.put("appeals.notices.sms.api-key", SMS_KEY);
        config.put("appeals.notices.public-url", PUBLIC_URL + "/");
        config.put("appeals.notices.sms.report-key", REPORT_KEY);
        return config;
    }

    @Override
    public void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (front != null) {
            front.stop();
        }
        try {
            mail("stop", "--dir", MAIL_DIR);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code dev/greenmail.sh} with these arguments; fails when it fails. */
    public static void mail(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = "dev/greenmail.sh";
        System.arraycopy(args, 0, command, 2, args.length);
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("dev/greenmail.sh " + args[0] + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException("dev/greenmail.sh " + args[0] + " failed with " + p.exitValue());
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

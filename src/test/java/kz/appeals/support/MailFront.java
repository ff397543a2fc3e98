package kz.appeals.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test mail server's front door: an SMTP relay on loopback that passes every byte between the
 * service and GreenMail, except that it refuses, as a real server refuses an unknown mailbox, the
 * recipients whose address starts with {@value #REFUSED} ({@code 550 5.1.1 ... User unknown}). GreenMail
 * itself takes any address, so this is how the tests see a permanent SMTP error. When GreenMail is
 * down the front door closes each connection at once, as a server that is away would refuse it.
 * It reads the client line by line, which works because GreenMail does not offer PIPELINING.
 */
public final class MailFront {
    /** Addresses starting with this are refused. */
    public static final String REFUSED = "refused-";
    private static final Pattern RCPT = Pattern.compile("^RCPT TO:\\s?<(" + Pattern.quote(REFUSED) + "[^>]*)>.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ServerSocket server;
    private final int upstream;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mail-front");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    public MailFront(int port, int upstream) throws IOException {
        this.upstream = upstream;
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        threads.submit(this::accept);
    }

    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(MailFront::closeQuietly);
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        open.add(client);
        Socket up = new Socket();
        try {
            try {
                up.connect(new InetSocketAddress("127.0.0.1", upstream), 2000);
            } catch (IOException e) {
                return; // the mail server is away: so is its front door
            }
            open.add(up);
            AtomicBoolean data = new AtomicBoolean();
            OutputStream toClient = client.getOutputStream();
            InputStream fromUp = new BufferedInputStream(up.getInputStream());
            threads.submit(() -> {
                try {
                    byte[] line;
                    while ((line = line(fromUp)) != null) {
                        if (new String(line, StandardCharsets.US_ASCII).startsWith("354")) {
                            data.set(true);
                        }
                        synchronized (toClient) {
                            toClient.write(line);
                            toClient.flush();
                        }
                    }
                } catch (IOException ignored) {
                    // either side went away
                } finally {
                    closeQuietly(client);
                }
            });
            InputStream fromClient = new BufferedInputStream(client.getInputStream());
            OutputStream toUp = up.getOutputStream();
            byte[] line;
            while ((line = line(fromClient)) != null) {
                String text = new String(line, StandardCharsets.UTF_8);
                if (data.get()) {
                    if (text.equals(".\r\n")) {
                        data.set(false);
                    }
                } else {
                    Matcher refused = RCPT.matcher(text);
                    if (refused.matches()) {
                        synchronized (toClient) {
                            toClient.write(("550 5.1.1 <" + refused.group(1) + ">: Recipient address rejected: User unknown"
                                    + " in virtual mailbox table\r\n").getBytes(StandardCharsets.UTF_8));
                            toClient.flush();
                        }
                        continue;
                    }
                }
                toUp.write(line);
                toUp.flush();
            }
        } catch (IOException ignored) {
            // either side went away
        } finally {
            closeQuietly(up);
            closeQuietly(client);
            open.remove(up);
            open.remove(client);
        }
    }

    /** One line with its end ({@code \n}), or what is left before the end of the stream; null at the end. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            buf.write(b);
            if (b == '\n') {
                break;
            }
        }
        return buf.size() == 0 ? null : buf.toByteArray();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}

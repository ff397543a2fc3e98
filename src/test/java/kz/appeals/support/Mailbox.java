package kz.appeals.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a mailbox of the test GreenMail over IMAP, on a plain socket: LOGIN as the address (any
 * password), SELECT INBOX, FETCH every message's bytes. Enough of RFC 3501 and RFC 2045 for the
 * service's plain-text notices: headers (unfolded, encoded words decoded) and the body decoded from
 * quoted-printable or base64.
 */
public final class Mailbox {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)}$");
    private static final Pattern EXISTS = Pattern.compile("^\\* (\\d+) EXISTS", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

    /** One message: its headers (names in lower case) and its decoded text. */
    public record Message(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Mailbox() {
    }

    public static List<Message> read(String address) {
        try (Socket socket = new Socket("127.0.0.1", NoticePeers.IMAP_PORT)) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            line(in); // greeting
            command(in, out, "a1", "LOGIN \"" + address + "\" \"any\"");
            int exists = 0;
            for (String l : command(in, out, "a2", "SELECT INBOX")) {
                Matcher m = EXISTS.matcher(l);
                if (m.find()) {
                    exists = Integer.parseInt(m.group(1));
                }
            }
            List<Message> messages = new ArrayList<>();
            if (exists > 0) {
                out.write("a3 FETCH 1:* (BODY.PEEK[])\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (true) {
                    String l = line(in);
                    Matcher literal = LITERAL.matcher(l);
                    if (literal.find()) {
                        byte[] raw = in.readNBytes(Integer.parseInt(literal.group(1)));
                        messages.add(parse(new String(raw, StandardCharsets.UTF_8)));
                    } else if (l.startsWith("a3 ")) {
                        if (!l.startsWith("a3 OK")) {
                            throw new IOException("IMAP FETCH failed: " + l);
                        }
                        break;
                    }
                }
            }
            command(in, out, "a4", "LOGOUT");
            return messages;
        } catch (IOException e) {
            throw new IllegalStateException("Reading the mailbox over IMAP failed: " + e.getMessage(), e);
        }
    }

    private static List<String> command(InputStream in, OutputStream out, String tag, String command) throws IOException {
        out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        List<String> lines = new ArrayList<>();
        while (true) {
            String l = line(in);
            lines.add(l);
            if (l.startsWith(tag + " ")) {
                if (!l.startsWith(tag + " OK") && !"LOGOUT".equals(command)) {
                    throw new IOException("IMAP " + command.split(" ")[0] + " failed: " + l);
                }
                return lines;
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                buf.write(b);
            }
        }
        if (b == -1 && buf.size() == 0) {
            throw new IOException("IMAP connection closed");
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    static Message parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String field : head.replaceAll("\r\n[ \t]+", " ").split("\r\n")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(field.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        decodeWords(field.substring(colon + 1).strip()));
            }
        }
        String encoding = headers.getOrDefault("content-transfer-encoding", "7bit").toLowerCase(Locale.ROOT);
        String text = switch (encoding) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
            default -> body;
        };
        return new Message(headers, text);
    }

    private static String decodeWords(String value) {
        Matcher m = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String between = value.substring(last, m.start());
            // whitespace between two encoded words is not part of the text (RFC 2047 section 6.2)
            out.append(last > 0 && between.isBlank() ? "" : between);
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3))
                    : qBytes(m.group(3).replace('_', ' '));
            out.append(new String(bytes, java.nio.charset.Charset.forName(m.group(1))));
            last = m.end();
        }
        out.append(value.substring(last));
        return out.toString();
    }

    private static String quotedPrintable(String body) {
        return new String(qBytes(body.replace("=\r\n", "")), StandardCharsets.UTF_8);
    }

    private static byte[] qBytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '=' && i + 2 < in.length) {
                out.write(Integer.parseInt(new String(in, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }
}

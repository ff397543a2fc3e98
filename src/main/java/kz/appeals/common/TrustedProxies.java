package kz.appeals.common;

import io.netty.util.NetUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the service believes: addresses and
 * CIDR ranges, IPv4 or IPv6, or {@code none}. Parsing never looks a name up in DNS: an
 * entry that is not an address literal is refused.
 */
public final class TrustedProxies {
    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Entries such as {@code 127.0.0.0/8}, {@code ::1}, {@code 10.1.2.3}; {@code none} trusts no proxy. */
    public static TrustedProxies parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty() || entry.equalsIgnoreCase("none")) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] network = bytes(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("Not a valid prefix length: " + entry);
                }
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(ranges);
    }

    public boolean contains(String address) {
        byte[] bytes = bytes(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * The address as 4 or 16 bytes (an IPv4-mapped IPv6 address as its IPv4 address), or
     * null when the text is not an address literal.
     */
    static byte[] bytes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text.strip());
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            return java.util.Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}

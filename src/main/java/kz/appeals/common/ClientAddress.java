package kz.appeals.common;

import io.netty.util.NetUtil;
import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the client that sent a request. The service is meant to sit behind a
 * reverse proxy, so when the TCP peer is a trusted proxy the client is taken from
 * {@code X-Forwarded-For}: each proxy appends the address it received the request from,
 * so the chain is read from the right and the first address that is not a trusted proxy
 * is the client. What lies left of it was written by the client and is not believed.
 */
@ApplicationScoped
@Startup
public class ClientAddress {

    /** Settings under {@code appeals.http}. */
    @ConfigMapping(prefix = "appeals.http")
    public interface Config {
        /**
         * Reverse proxies whose X-Forwarded-For is believed: IP addresses and CIDR ranges;
         * {@code none} when clients reach the service directly.
         */
        @WithDefault("127.0.0.0/8,::1")
        List<String> trustedProxies();
    }

    private final TrustedProxies trusted;

    @Inject
    ClientAddress(Config config) {
        // Parsed at start: a mistyped range stops the service instead of trusting nobody or everybody.
        this.trusted = TrustedProxies.parse(config.trustedProxies());
    }

    /** The client's address in canonical form (IPv6 as RFC 5952), or {@code unknown}. */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return resolve(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"), trusted);
    }

    static String resolve(String peer, List<String> forwardedFor, TrustedProxies trusted) {
        String current = canonical(peer);
        if (current == null) {
            return "unknown";
        }
        if (!trusted.contains(current)) {
            return current;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            hops.addAll(List.of(line.split(",", -1)));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = canonical(withoutPort(hops.get(i).strip()));
            if (hop == null) {
                // Not an address: nothing left of it can be trusted; the proxy that passed it on is the client we know.
                return current;
            }
            current = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return current;
    }

    private static String canonical(String address) {
        byte[] bytes = TrustedProxies.bytes(address);
        return bytes == null ? null : NetUtil.bytesToIpAddress(bytes);
    }

    /** {@code 198.51.100.7:51234} and {@code [2001:db8::1]:443} as proxies may write them. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}

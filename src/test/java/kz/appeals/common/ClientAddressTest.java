package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The client behind trusted proxies: X-Forwarded-For is read right to left, and only from trusted peers. */
class ClientAddressTest {
    private static final TrustedProxies LOOPBACK = TrustedProxies.parse(List.of("127.0.0.0/8", "::1"));
    private static final TrustedProxies LOOPBACK_AND_LAN = TrustedProxies.parse(List.of("127.0.0.0/8", "::1", "10.0.0.0/8",
            "2001:db8:aa::/48"));

    @Test
    @DisplayName("X-Forwarded-For from an untrusted peer is ignored: the peer is the client")
    void untrustedPeer() {
        assertThat(ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), LOOPBACK)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("2001:db8::5", List.of("198.51.100.1"), LOOPBACK)).isEqualTo("2001:db8::5");
    }

    @Test
    @DisplayName("without X-Forwarded-For the peer is the client, trusted or not")
    void noHeader() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of(), LOOPBACK)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("203.0.113.9", List.of(), LOOPBACK)).isEqualTo("203.0.113.9");
    }

    @Test
    @DisplayName("from a trusted peer the right-most untrusted address of the chain is the client")
    void rightMostUntrusted() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("198.51.100.7"), LOOPBACK)).isEqualTo("198.51.100.7");
        // What the client wrote itself (the left part) is not believed.
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("1.2.3.4, 198.51.100.7"), LOOPBACK)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("1.2.3.4, 198.51.100.7, 10.1.2.3"), LOOPBACK_AND_LAN))
                .isEqualTo("198.51.100.7");
        // Several header lines are one list, in order.
        assertThat(ClientAddress.resolve("::1", List.of("1.2.3.4", "198.51.100.7,10.9.9.9"), LOOPBACK_AND_LAN))
                .isEqualTo("198.51.100.7");
    }

    @Test
    @DisplayName("a chain of trusted proxies only: the left-most address is the client")
    void allTrusted() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("10.0.0.8, 127.0.0.2"), LOOPBACK_AND_LAN)).isEqualTo("10.0.0.8");
    }

    @Test
    @DisplayName("ports, brackets and IPv4-mapped IPv6 addresses are understood")
    void notations() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("198.51.100.7:51234"), LOOPBACK)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("[2001:db8::1]:443"), LOOPBACK)).isEqualTo("2001:db8::1");
        assertThat(ClientAddress.resolve("::ffff:127.0.0.1", List.of("198.51.100.7"), LOOPBACK)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("0:0:0:0:0:0:0:1", List.of("2001:db8:ab::9, 2001:db8:aa:1::9"), LOOPBACK_AND_LAN))
                .isEqualTo("2001:db8:ab::9");
    }

    @Test
    @DisplayName("an entry that is not an address stops the walk at the proxy that passed it on")
    void garbage() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("198.51.100.7, unknown"), LOOPBACK)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("evil.example.com"), LOOPBACK)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of(" , "), LOOPBACK)).isEqualTo("127.0.0.1");
    }

    @Test
    @DisplayName("trusted proxies are addresses or CIDR ranges; anything else is refused at start")
    void parsing() {
        TrustedProxies ranges = TrustedProxies.parse(List.of("192.168.4.0/22", "2001:db8::/32", "203.0.113.5"));
        assertThat(ranges.contains("192.168.7.255")).isTrue();
        assertThat(ranges.contains("192.168.8.0")).isFalse();
        assertThat(ranges.contains("2001:db8:ffff::1")).isTrue();
        assertThat(ranges.contains("2001:db9::1")).isFalse();
        assertThat(ranges.contains("203.0.113.5")).isTrue();
        assertThat(ranges.contains("203.0.113.6")).isFalse();
        assertThat(TrustedProxies.parse(List.of("none")).contains("127.0.0.1")).isFalse();
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("localhost"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}

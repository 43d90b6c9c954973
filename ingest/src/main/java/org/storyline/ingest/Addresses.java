package org.storyline.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which addresses a URL given by someone else may be fetched from: public ones only, not loopback, private,
 * link-local (cloud metadata lives there), carrier-grade NAT, multicast or unspecified addresses.
 */
public final class Addresses {
    private Addresses() {
    }

    /** Whether an address is publicly routable. */
    public static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return false;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Refuses a URL whose host is, or resolves to, an address that is not public. A host that cannot be resolved
     * passes: fetching it fails on its own, and the failure is recorded.
     */
    public static void requirePublic(URI uri) throws IngestException {
        String host = uri.getHost();
        if (host == null) {
            throw new IngestException(uri.toString(), "refused: the URL names no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return;
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new IngestException(uri.toString(), "refused: " + host + " is a loopback, private or link-local address ("
                        + a.getHostAddress() + "); only public addresses are fetched");
            }
        }
    }
}

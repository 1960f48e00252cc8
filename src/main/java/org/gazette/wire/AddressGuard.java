package org.gazette.wire;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether the wire desk may connect to a URL: http or https only, and (unless private hosts are
 * allowed) a host whose every address is public. Checked after DNS resolution and again on every
 * redirect, so a feed cannot steer the server at its own network (SSRF).
 */
public class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Throws a {@link FetchException} naming the reason when {@code uri} may not be fetched. */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https are fetched, not '" + ItemText.clip(scheme) + ":'", false);
        }
        if (uri.getHost() == null) {
            throw new FetchException("the URL has no host: " + ItemText.clip(uri.toString()), false);
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException("the host " + ItemText.clip(uri.getHost()) + " does not resolve", true);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new FetchException(
                        "the host " + ItemText.clip(uri.getHost()) + " resolves to the private address "
                                + address.getHostAddress() + " (GAZETTE_WIRE_ALLOW_PRIVATE_HOSTS=true allows it)",
                        false);
            }
        }
    }

    /** Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local IPv6, CGNAT, any, multicast. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC; // fc00::/7
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0
                || (first == 100 && second >= 64 && second <= 127)
                || (first == 198 && (second == 18 || second == 19))
                || first >= 240;
    }
}

package org.gazette.nodes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who this node is, in leases, health and the changes it announces. The name is {@code GAZETTE_NODE_NAME}
 * or, when blank, the host name and process id; a few random characters are added so that two nodes
 * given the same name by mistake still never share a lease.
 */
@Component
public class NodeName {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;

    NodeName(@Value("${gazette.node.name:}") String configured) {
        String name = configured == null || configured.isBlank() ? defaultName() : configured.strip();
        if (name.length() > 100 || name.contains("|")) {
            throw new IllegalArgumentException(
                    "gazette.node.name (GAZETTE_NODE_NAME) must be at most 100 characters without '|', got '" + name
                            + "'");
        }
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        this.id = name + "#" + HexFormat.of().formatHex(suffix);
    }

    /** This node's unique id: its name and a random suffix, fixed for the life of the process. */
    public String id() {
        return id;
    }

    private static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}

package org.gazette.wire;

import java.util.Locale;

/** Whether an agency lets an item be used (IPTC publication status: usable, withheld, canceled). */
public enum PubStatus {
    USABLE,
    /** Held back for now: not published until a usable version arrives. */
    WITHHELD,
    /** Withdrawn or killed: the article comes down. */
    CANCELED;

    /** Reads an IPTC status as NewsML-G2 ({@code stat:canceled}) or ninjs ({@code canceled}) write it. */
    public static PubStatus fromIptc(String value) {
        if (value == null || value.isBlank()) {
            return USABLE;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        int colon = code.lastIndexOf(':');
        code = colon >= 0 ? code.substring(colon + 1) : code;
        return switch (code) {
            case "canceled", "cancelled", "killed", "withdrawn" -> CANCELED;
            case "withheld", "embargoed" -> WITHHELD;
            default -> USABLE;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

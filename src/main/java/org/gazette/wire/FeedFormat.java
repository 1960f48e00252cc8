package org.gazette.wire;

/** The syndication formats the wire desk reads; {@link #code()} is the name sources and the API use. */
public enum FeedFormat {
    RSS("rss"),
    ATOM("atom"),
    NEWSML_G2("newsml-g2"),
    NINJS("ninjs");

    private final String code;

    FeedFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

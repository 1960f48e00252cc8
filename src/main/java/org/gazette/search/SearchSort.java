package org.gazette.search;

import java.util.Locale;
import org.gazette.text.Abbreviation;

/** The order of results: best match first (with a mild preference for recent stories), or newest first. */
public enum SearchSort {
    RELEVANCE,
    NEWEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort named by a URL parameter; blank means relevance. */
    public static SearchSort fromCode(String code) {
        if (code == null || code.isBlank()) {
            return RELEVANCE;
        }
        for (SearchSort sort : values()) {
            if (sort.code().equals(code.strip())) {
                return sort;
            }
        }
        throw new InvalidSearchException("sort", "must be relevance or newest, got '" + Abbreviation.of(code) + "'");
    }
}

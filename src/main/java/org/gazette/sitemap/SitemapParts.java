package org.gazette.sitemap;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the stories into sitemaps: one per month of publication, and a month with more stories than a
 * sitemap may hold is split into numbered parts. The sitemap protocol allows 50,000 URLs per file.
 */
final class SitemapParts {

    /** The sitemap protocol's limit on URLs in one sitemap file. */
    static final int MAX_URLS = 50_000;

    private SitemapParts() {}

    /** How many stories were published in a month, and when the newest of their changes was made. */
    record Month(YearMonth month, long stories, Instant lastModified) {}

    /** One sitemap file: part {@code number} (from 1) of a month's stories. */
    record Part(YearMonth month, int number, Instant lastModified) {

        String path() {
            return "/sitemaps/" + month + "-" + number + ".xml";
        }
    }

    /** The parts of each month, oldest month first. */
    static List<Part> of(List<Month> months, int maxUrls) {
        if (maxUrls < 1) {
            throw new IllegalArgumentException("a sitemap must hold at least one URL, got " + maxUrls);
        }
        List<Part> parts = new ArrayList<>();
        for (Month month : months) {
            long count = (month.stories() + maxUrls - 1) / maxUrls;
            for (int number = 1; number <= count; number++) {
                parts.add(new Part(month.month(), number, month.lastModified()));
            }
        }
        return parts;
    }
}

package org.gazette.sitemap;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gazette.text.Language;

/**
 * Cuts the stories into sitemaps: one per month of publication, and a month with more stories than a
 * sitemap may hold is split into numbered parts. The sitemap protocol allows 50,000 URLs per file.
 * Entities are cut by ranges of {@link #ENTITY_IDS} ids, one sitemap per language and range: a range holds
 * at most that many entities, whatever share of them a language lists.
 */
final class SitemapParts {

    /** The sitemap protocol's limit on URLs in one sitemap file. */
    static final int MAX_URLS = 50_000;

    /**
     * Entity ids per entity sitemap. An entity's entry carries its address and up to four alternates (three
     * languages and x-default), slugs have at most 80 characters: some 760 bytes plus five times the base
     * URL. 25,000 of them stay under the protocol's 50 MB for a base URL of up to 250 characters, where
     * 50,000 would pass it from 57 characters on.
     */
    static final int ENTITY_IDS = 25_000;

    private SitemapParts() {}

    /** How many stories were published in a month, and when the newest of their changes was made. */
    record Month(YearMonth month, long stories, Instant lastModified) {}

    /** One sitemap file: part {@code number} (from 1) of a month's stories. */
    record Part(YearMonth month, int number, Instant lastModified) {

        String path() {
            return "/sitemaps/" + month + "-" + number + ".xml";
        }
    }

    /** The entity ids {@code (idsAfter, idsUpTo]}: range {@code number} (from 1) of ranges of {@code idsPerPart}. */
    record EntityRange(int number, int idsPerPart) {

        long idsAfter() {
            return (long) (number - 1) * idsPerPart;
        }

        long idsUpTo() {
            return (long) number * idsPerPart;
        }
    }

    /** One entity sitemap: the entities of one language in range {@code number} of ids, from 1. */
    record EntityPart(Language lang, int number, Instant lastModified) {

        String path() {
            return path(lang, number);
        }

        static String path(Language lang, int number) {
            return "/sitemaps/entities-" + lang.code() + "-" + number + ".xml";
        }
    }

    /** How many ranges of {@code idsPerPart} ids it takes to reach {@code highestId}. */
    static int entityRanges(long highestId, int idsPerPart) {
        return (int) ((highestId + idsPerPart - 1) / idsPerPart);
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

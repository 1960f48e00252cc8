package org.gazette.site;

import org.gazette.article.Language;

/** The paths of reader pages, as fixed by the contract. */
public final class SiteLinks {

    private SiteLinks() {
    }

    public static String home(Language lang) {
        return "/" + lang.code() + "/";
    }

    public static String article(Language lang, String slug) {
        return "/" + lang.code() + "/news/" + slug;
    }

    public static String section(Language lang, String slug) {
        return "/" + lang.code() + "/section/" + slug;
    }

    public static String tag(Language lang, String slug) {
        return "/" + lang.code() + "/tag/" + slug;
    }

    public static String source(Language lang, String slug) {
        return "/" + lang.code() + "/source/" + slug;
    }

    public static String author(Language lang, String slug) {
        return "/" + lang.code() + "/author/" + slug;
    }

    public static String search(Language lang) {
        return "/" + lang.code() + "/search";
    }

    public static String archiveDay(Language lang, int year, int month, int day) {
        return String.format("/%s/archive/%04d/%02d/%02d", lang.code(), year, month, day);
    }

    public static String archiveMonth(Language lang, int year, int month) {
        return String.format("/%s/archive/%04d/%02d", lang.code(), year, month);
    }
}

package org.gazette.web;

import java.util.Locale;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;

/** The paths of reader pages, as fixed by the contract. */
public final class SiteLinks {

    /** The file names of a page's feeds, after the page's path: {@code /en/section/politics/rss.xml}. */
    public static final String RSS = "rss.xml";

    public static final String ATOM = "atom.xml";
    public static final String JSON_FEED = "feed.json";

    private SiteLinks() {}

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

    /** The reader page of a section, tag, source or author. */
    public static String term(TermKind kind, Language lang, String slug) {
        return "/" + lang.code() + "/" + kind.code() + "/" + slug;
    }

    /** The page of a person, organisation or place. */
    public static String entity(Language lang, String slug) {
        return "/" + lang.code() + "/entity/" + slug;
    }

    /** The timeline of events in a language. */
    public static String events(Language lang) {
        return "/" + lang.code() + "/events";
    }

    public static String search(Language lang) {
        return "/" + lang.code() + "/search";
    }

    public static String archiveDay(Language lang, int year, int month, int day) {
        return String.format(Locale.ROOT, "/%s/archive/%04d/%02d/%02d", lang.code(), year, month, day);
    }

    public static String archiveMonth(Language lang, int year, int month) {
        return String.format(Locale.ROOT, "/%s/archive/%04d/%02d", lang.code(), year, month);
    }

    /**
     * The feed of a page, from the page's path and a feed file name: {@code /en/} and {@code rss.xml}
     * give {@code /en/rss.xml}; {@code /en/section/politics} gives {@code /en/section/politics/rss.xml};
     * {@code /} gives the whole site's {@code /rss.xml}.
     */
    public static String feed(String pagePath, String fileName) {
        return (pagePath.endsWith("/") ? pagePath : pagePath + "/") + fileName;
    }

    public static String sitemapIndex() {
        return "/sitemap.xml";
    }

    public static String newsSitemap() {
        return "/news-sitemap.xml";
    }
}

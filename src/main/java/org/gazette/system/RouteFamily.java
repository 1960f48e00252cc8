package org.gazette.system;

import java.util.Locale;

/**
 * The few kinds of address Gazette answers, as the {@code route} tag of the request metrics: the
 * templated {@code uri} tag tells every page pattern apart, this tells what an operator watches (how
 * fast are story pages, lists, feeds, the API, the newsroom) with a handful of series.
 */
public enum RouteFamily {
    READER_ARTICLE,
    READER_LIST,
    SEARCH,
    FEED,
    SITEMAP,
    API,
    NEWSROOM,
    MEDIA,
    ASSETS,
    OPERATIONS,
    OTHER;

    /** The tag's value: {@code reader-article}, {@code feed}, ... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The family of a request's path (without query). */
    public static RouteFamily of(String path) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return READER_LIST;
        }
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/newsroom")) {
            return NEWSROOM;
        }
        if (path.startsWith("/actuator")) {
            return OPERATIONS;
        }
        if (path.startsWith("/media/")) {
            return MEDIA;
        }
        if (path.startsWith("/assets/")) {
            return ASSETS;
        }
        if (path.endsWith("/rss.xml") || path.endsWith("/atom.xml") || path.endsWith("/feed.json")) {
            return FEED;
        }
        if (path.equals("/sitemap.xml")
                || path.equals("/news-sitemap.xml")
                || path.startsWith("/sitemaps/")
                || path.equals("/robots.txt")) {
            return SITEMAP;
        }
        if (readerLanguage(path)) {
            if (path.startsWith("/news/", 3)) {
                return READER_ARTICLE;
            }
            if (path.startsWith("/search", 3)) {
                return SEARCH;
            }
            return READER_LIST;
        }
        return OTHER;
    }

    /** {@code /en}, {@code /en/...}: a reader page in a language. */
    private static boolean readerLanguage(String path) {
        return path.length() >= 3
                && path.charAt(0) == '/'
                && Character.isLowerCase(path.charAt(1))
                && Character.isLowerCase(path.charAt(2))
                && (path.length() == 3 || path.charAt(3) == '/');
    }
}

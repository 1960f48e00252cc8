package org.gazette.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gazette.text.Language;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The names of what a page shows, and the declaration of them while it renders. A page that names no
 * key is never cached: declaring keys is how a controller says "everything this page depends on is
 * named here". The same names go out in the {@code Surrogate-Key} header, so a CDN purges by the same
 * keys as the in-memory cache.
 * <p>
 * Two kinds of key: an <em>article</em> key ({@code a42}) on every page that shows article 42 in any way
 * (its own page, a card, a neighbour link, a feed item), and a <em>list</em> key on every page of a
 * list an article may join ({@code s3} the stories of section 3, {@code h-en} the English front page and
 * feeds, ...). A change drops the changed article's key and the list keys of where it now belongs.
 */
public final class SurrogateKeys {

    /** Every cached page; dropping it empties the cache (a section renamed shows in every menu). */
    public static final String ALL = "all";
    /** The sitemap index, monthly sitemaps and the news sitemap. */
    public static final String SITEMAPS = "sitemaps";
    /** Every feed: dropped on every change, as feeds are few, cheap and polled rather than read. */
    public static final String FEEDS = "feeds";
    /** The whole site's feeds, across languages. */
    public static final String EVERY_LANGUAGE = "h";

    private static final String ATTRIBUTE = SurrogateKeys.class.getName();
    private static final String LIFETIME = ATTRIBUTE + ".lifetime";
    private static final String VIEWED = ATTRIBUTE + ".viewed";

    private SurrogateKeys() {}

    public static String article(long id) {
        return "a" + id;
    }

    /**
     * The story's own page, and nothing else: what it shows of the story alone (its entities, "In this
     * story", its structured data) changes without any list that shows the story changing. A list carries
     * {@link #article} for each story on it; the story's page carries both.
     */
    public static String storyPage(long id) {
        return "p" + id;
    }

    /** The front page of a language, its feeds, and other pages listing the newest stories of the language. */
    public static String language(Language lang) {
        return "h-" + lang.code();
    }

    public static String section(long id) {
        return "s" + id;
    }

    public static String tag(long id) {
        return "t" + id;
    }

    public static String source(long id) {
        return "src" + id;
    }

    public static String author(long id) {
        return "au" + id;
    }

    /** The pages and feeds of one person, organisation or place (its stories and its events). */
    public static String entity(long id) {
        return "e" + id;
    }

    /** Every page of the events timeline, in every language. */
    public static final String EVENTS = "events";

    /** The archive of one day in one language (the day as the site's time zone counts it). */
    public static String day(Language lang, LocalDate day) {
        return "d-" + lang.code() + "-" + day;
    }

    /** The archive of one month in one language. */
    public static String month(Language lang, LocalDate day) {
        return "m-" + lang.code() + "-" + day.getYear() + "-" + day.getMonthValue();
    }

    /**
     * Names keys the page being rendered depends on. Outside a request (a command, a test calling a
     * builder directly) there is nothing to declare them to, and nothing happens.
     */
    public static void declare(String... keys) {
        Set<String> declared = declared(true);
        if (declared != null) {
            for (String key : keys) {
                declared.add(key);
            }
        }
    }

    /** Names the articles the page being rendered shows. */
    public static void declareArticles(Iterable<Long> ids) {
        Set<String> declared = declared(true);
        if (declared != null) {
            for (Long id : ids) {
                declared.add(article(id));
            }
        }
    }

    /**
     * Asks that the page being rendered be kept no longer than this: for what shows time passing rather
     * than changes (Most read, the news sitemap of the last two days).
     */
    public static void liveAtMost(Duration lifetime) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            Duration asked = (Duration) servlet.getRequest().getAttribute(LIFETIME);
            if (asked == null || lifetime.compareTo(asked) < 0) {
                servlet.getRequest().setAttribute(LIFETIME, lifetime);
            }
        }
    }

    /** Says that each serving of the page being rendered, from the cache too, is a view of this article. */
    public static void countViewsOf(long articleId) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            servlet.getRequest().setAttribute(VIEWED, articleId);
        }
    }

    static Duration lifetime(HttpServletRequest request) {
        return (Duration) request.getAttribute(LIFETIME);
    }

    static long viewedArticle(HttpServletRequest request) {
        Object id = request.getAttribute(VIEWED);
        return id == null ? -1 : (Long) id;
    }

    /** The keys declared while this request rendered, or null when it declared none. */
    static Set<String> of(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> keys = (Set<String>) request.getAttribute(ATTRIBUTE);
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> declared(boolean create) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        Set<String> keys = (Set<String>) request.getAttribute(ATTRIBUTE);
        if (keys == null && create) {
            keys = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, keys);
        }
        return keys;
    }
}

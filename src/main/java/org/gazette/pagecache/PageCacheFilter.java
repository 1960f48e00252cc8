package org.gazette.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.gazette.web.ETags;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers anonymous GET and HEAD requests for reader pages from the {@link PageCache}, ahead of the
 * security chain and Spring MVC: a kept page is written with the headers its render had (the security
 * headers among them), its validators, the caching headers for browsers and CDNs, and its gzip copy to
 * clients that accept it. A miss renders through the whole chain as usual with the body held back, and
 * the page is kept when its render declared its surrogate keys, answered 200 and set no cookie.
 * <p>
 * Never from or into the cache: the newsroom, the API, the operators' endpoints, search results,
 * anything but GET and HEAD, and any request carrying a session cookie or credentials.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Headers the cache sets itself on every copy; what the render set for them is not kept. */
    private static final Set<String> MANAGED = Set.of(
            "content-length",
            "date",
            "etag",
            "last-modified",
            "cache-control",
            "expires",
            "pragma",
            "vary",
            "content-encoding",
            "transfer-encoding",
            "surrogate-key",
            "cache-tag",
            "set-cookie");
    /** How long a request waits for another request's render of the same page before rendering itself. */
    private static final long WAIT_SECONDS = 10;

    private static final String SESSION_COOKIE = "GAZETTE_SESSION=";

    private final PageCache cache;
    private final PageCacheProperties properties;
    private final PageViews views;
    private final String cacheControl;
    private final long largestPage;

    PageCacheFilter(PageCache cache, PageCacheProperties properties, PageViews views) {
        this.cache = cache;
        this.properties = properties;
        this.views = views;
        this.cacheControl = properties.cacheControl();
        this.largestPage = properties.maxSize().toBytes() / 8;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readerRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!anonymous(request)) {
            cache.counted(PageCache.Outcome.BYPASS);
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        CachedPage page = cache.enabled() ? cache.get(key) : null;
        if (page != null) {
            cache.counted(PageCache.Outcome.HIT);
            send(page, request, response, true);
            return;
        }
        cache.counted(PageCache.Outcome.MISS);
        if (!cache.enabled() || "HEAD".equals(request.getMethod())) {
            render(key, request, response, chain, null);
            return;
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> render = cache.join(key, mine);
        if (render != mine) {
            CachedPage theirs = await(render);
            if (theirs != null) {
                send(theirs, request, response, true);
                return;
            }
            render(key, request, response, chain, null);
            return;
        }
        CachedPage kept = null;
        try {
            kept = render(key, request, response, chain, mine);
        } finally {
            cache.rendered(key, mine, kept);
        }
    }

    /** Renders the page through the rest of the chain; keeps it when it may be kept and returns it if fresh. */
    private CachedPage render(
            String key,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            CompletableFuture<CachedPage> mine)
            throws ServletException, IOException {
        long generation = cache.generation();
        long startedAt = System.nanoTime();
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedThrough() || response.isCommitted()) {
            return null;
        }
        byte[] body = captured.body();
        Set<String> keys = SurrogateKeys.of(request);
        if (mine == null || !keepable(request, captured, keys, body)) {
            if (!"HEAD".equals(request.getMethod())) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
            return null;
        }
        Set<String> named = new LinkedHashSet<>(keys);
        // so that a CDN can be told to drop everything at once
        named.add(SurrogateKeys.ALL);
        CachedPage page = page(request, captured, body, Collections.unmodifiableSet(named));
        boolean fresh = cache.keep(key, page, generation, startedAt);
        // this reader asked before or during the change: the page they get is as new as their request
        send(page, request, response, false);
        return fresh ? page : null;
    }

    private boolean keepable(HttpServletRequest request, CapturedResponse captured, Set<String> keys, byte[] body) {
        if (keys == null
                || keys.isEmpty()
                || captured.getStatus() != 200
                || body.length > largestPage
                || captured.getContentType() == null
                || captured.containsHeader("Set-Cookie")
                || request.getSession(false) != null) {
            return false;
        }
        String control = captured.getHeader("Cache-Control");
        return control == null || !(control.contains("no-store") || control.contains("private"));
    }

    private CachedPage page(HttpServletRequest request, CapturedResponse captured, byte[] body, Set<String> keys) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Content-Type", captured.getContentType()});
        String language = pathLanguage(request);
        if (captured.locale() != null && language != null) {
            // the page's language, not the first reader's Accept-Language that Spring MVC would echo
            headers.add(new String[] {"Content-Language", language});
        }
        for (String name : captured.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!MANAGED.contains(lower) && !"content-type".equals(lower) && !"content-language".equals(lower)) {
                for (String value : captured.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        Duration lifetime = properties.timeToLive();
        Duration asked = SurrogateKeys.lifetime(request);
        if (asked != null && asked.compareTo(lifetime) < 0) {
            lifetime = asked;
        }
        long renderedAt = lastModified(captured);
        return new CachedPage(
                List.copyOf(headers),
                body,
                gzip(body),
                ETags.strong(body),
                renderedAt,
                keys,
                SurrogateKeys.viewedArticle(request),
                System.nanoTime() + lifetime.toNanos());
    }

    /**
     * The render's own Last-Modified when it set one (a feed's newest story), else the time of the render,
     * in the whole seconds HTTP dates have.
     */
    private static long lastModified(CapturedResponse captured) {
        String set = captured.getHeader("Last-Modified");
        if (set != null) {
            try {
                return ZonedDateTime.parse(set, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .toEpochMilli();
            } catch (DateTimeParseException e) {
                // not a date we can compare: the render time below will do
            }
        }
        return System.currentTimeMillis() / 1000 * 1000;
    }

    /** Writes a page: 304 when the client's copy is current, else the body (gzipped when accepted). */
    private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean fresh)
            throws IOException {
        if (page.viewedArticle() >= 0 && fresh) {
            views.viewed(page.viewedArticle());
        }
        for (String[] header : page.headers()) {
            if ("Content-Language".equals(header[0])) {
                // through the locale: the container writes Content-Language from it when the response commits
                response.setLocale(Locale.forLanguageTag(header[1]));
            } else if (fresh) {
                response.addHeader(header[0], header[1]);
            }
        }
        boolean gzip = page.gzipped() != null && acceptsGzip(request);
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", page.sent().lastModified());
        response.setHeader("Cache-Control", cacheControl);
        if (page.gzipped() != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        response.setHeader("Surrogate-Key", page.sent().surrogateKey());
        response.setHeader("Cache-Tag", page.sent().cacheTag());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        Enumeration<String> matches = request.getHeaders("If-None-Match");
        if (matches.hasMoreElements()) {
            while (matches.hasMoreElements()) {
                for (String tag : matches.nextElement().split(",")) {
                    String candidate = tag.strip();
                    if (candidate.startsWith("W/")) {
                        candidate = candidate.substring(2);
                    }
                    if ("*".equals(candidate) || candidate.equals(page.etag()) || candidate.equals(page.gzipEtag())) {
                        return true;
                    }
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified() <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders("Accept-Encoding");
        while (values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip();
                if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                    return !refused(parts);
                }
            }
        }
        return false;
    }

    /** {@code gzip;q=0} says "not gzip". */
    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The body gzipped at the highest level (done once per page), or null when that is not smaller. */
    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("gzip into memory cannot fail", e);
        }
        return out.size() < body.length ? out.toByteArray() : null;
    }

    private static CachedPage await(CompletableFuture<CachedPage> render) {
        try {
            return render.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The reader site's paths; the newsroom, the API, operators' endpoints, media, assets and search are not. */
    private static boolean readerRequest(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        return !(path.startsWith("/newsroom")
                || path.startsWith("/api/")
                || path.startsWith("/actuator")
                || path.startsWith("/media/")
                || path.startsWith("/assets/")
                || path.startsWith("/error")
                || path.startsWith("/search", 3));
    }

    /** The language a reader page is in, from its path ({@code /ru/...}), or null. */
    private static String pathLanguage(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.length() >= 4
                && path.charAt(0) == '/'
                && path.charAt(3) == '/'
                && Character.isLowerCase(path.charAt(1))
                && Character.isLowerCase(path.charAt(2))) {
            return path.substring(1, 3);
        }
        return null;
    }

    private static boolean anonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Enumeration<String> cookies = request.getHeaders("Cookie");
        while (cookies.hasMoreElements()) {
            if (cookies.nextElement().contains(SESSION_COOKIE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a kept page is found by: path and query, and whether the request came over HTTPS (Spring
     * Security adds Strict-Transport-Security only then, and a page keeps the headers of its render).
     */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String page = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        return request.isSecure() ? "https:" + page : page;
    }
}

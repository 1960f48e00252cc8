package org.gazette.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a request that failed because the database cannot be reached ({@link DatabaseOutage}) into
 * {@code 503 Service Unavailable} with {@code Retry-After}, instead of a 500 and a stack trace: a
 * problem detail under {@code /api/} and {@code /actuator/}, elsewhere a short page that needs nothing
 * from the database. It sits outside the session filter and the security chain, whose session and
 * token look-ups reach the database too, and inside the request metrics, which count the 503. Pages
 * the page cache keeps are answered before anything needs the database, so they go on being served.
 * The outage is logged once every {@value #LOG_EVERY_SECONDS} seconds with the number of requests it
 * refused, not once per request.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {

    /** What a client is told to wait before it asks again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final long LOG_EVERY_SECONDS = 10;
    /** As strict as the site's own policy: the page has neither script nor style. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final MessageSource messages;
    private final DatabaseOutages outages;
    private final GazetteProperties site;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_SECONDS * 1_000_000_000L);
    private final AtomicLong refused = new AtomicLong();

    DatabaseOutageFilter(MessageSource messages, GazetteProperties site, DatabaseOutages outages) {
        this.messages = messages;
        this.outages = outages;
        this.site = site;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            DatabaseOutage outage = DatabaseOutage.of(e);
            if (outage == null || response.isCommitted()) {
                throw e;
            }
            outages.seen();
            logged(outage, request);
            refuse(request, response);
        }
    }

    private void logged(DatabaseOutage outage, HttpServletRequest request) {
        long count = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_SECONDS * 1_000_000_000L && lastLogged.compareAndSet(last, now)) {
            refused.set(0);
            log.warn(
                    "The database cannot be reached: answered 503 to {} request(s) in the last {} s, latest {} {} ({})",
                    count,
                    LOG_EVERY_SECONDS,
                    request.getMethod(),
                    request.getRequestURI(),
                    outage.reason());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        // the security headers every response of the site carries; the chain that adds them may not have run
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        String path = request.getRequestURI();
        Locale language = language(path);
        String title = messages.getMessage("error.unavailable.title", null, language);
        String text = messages.getMessage("error.unavailable.text", null, language);
        byte[] body;
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            response.setContentType("application/problem+json");
            // the title and text are our own, without quotes or backslashes: nothing to escape
            body = ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                            + "the database cannot be reached at the moment; try again in " + RETRY_AFTER_SECONDS
                            + " seconds\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = page(language, title, text).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private String page(Locale language, String title, String text) {
        String name = HtmlUtils.htmlEscape(site.siteName());
        return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + title + " · " + name + "</title>"
                + "</head><body><p>" + name + "</p><h1>" + title + "</h1><p>" + text + "</p></body></html>\n";
    }

    /** The page's language from its path ({@code /ru/...}) when the site has it, else the site's first. */
    private Locale language(String path) {
        if (path.length() >= 3 && path.charAt(0) == '/' && (path.length() == 3 || path.charAt(3) == '/')) {
            String code = path.substring(1, 3);
            if (site.languages().contains(code)) {
                return Locale.forLanguageTag(code);
            }
        }
        return Locale.forLanguageTag(site.languages().get(0));
    }
}

package org.gazette.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.gazette.web.ETags;
import org.gazette.web.SiteLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}, {@code /sitemap.xml} (an index), the sitemaps it lists under {@code /sitemaps/} (pages,
 * months of stories, entities by language),
 * and {@code /news-sitemap.xml}. Each answer has an ETag, so a crawler's conditional request for an
 * unchanged one is a 304.
 */
@RestController
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Sitemaps sitemaps;
    private final GazetteProperties site;

    SitemapController(Sitemaps sitemaps, GazetteProperties site) {
        this.sitemaps = sitemaps;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        return xml(sitemaps.index());
    }

    @GetMapping(Sitemaps.PAGES)
    ResponseEntity<byte[]> pages() {
        return xml(sitemaps.pages());
    }

    @GetMapping("/sitemaps/{year:\\d{4}}-{month:\\d{2}}-{part:\\d{1,6}}.xml")
    ResponseEntity<byte[]> month(@PathVariable int year, @PathVariable int month, @PathVariable int part) {
        if (month < 1 || month > 12) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return sitemaps.month(YearMonth.of(year, month), part)
                .map(SitemapController::xml)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/sitemaps/entities-{lang:[a-z]{2}}-{part:\\d{1,6}}.xml")
    ResponseEntity<byte[]> entities(@PathVariable String lang, @PathVariable int part) {
        if (!site.languages().contains(lang)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return sitemaps.entities(Language.of(lang), part)
                .map(SitemapController::xml)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<byte[]> news() {
        // the last two days: stories leave it as time passes, not only when they change
        SurrogateKeys.liveAtMost(Duration.ofMinutes(1));
        return xml(sitemaps.news());
    }

    /**
     * Lets crawlers in everywhere but the newsroom, the operators' endpoints and search results (which
     * are noindex anyway), and names both sitemaps.
     */
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String text = String.format(
                Locale.ROOT,
                """
                User-agent: *
                Disallow: /newsroom
                Disallow: /actuator/
                Disallow: /*/search

                Sitemap: %s
                Sitemap: %s
                """,
                site.absolute(SiteLinks.sitemapIndex()),
                site.absolute(SiteLinks.newsSitemap()));
        SurrogateKeys.declare(SurrogateKeys.SITEMAPS);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .cacheControl(CACHING)
                .eTag(ETags.weak(text.getBytes(StandardCharsets.UTF_8)))
                .body(text);
    }

    private static ResponseEntity<byte[]> xml(byte[] body) {
        SurrogateKeys.declare(SurrogateKeys.SITEMAPS);
        return ResponseEntity.ok()
                .contentType(XML)
                .cacheControl(CACHING)
                .eTag(ETags.weak(body))
                .body(body);
    }
}

package org.gazette.feed;

import java.time.Duration;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.system.GazetteProperties;
import org.gazette.system.InvalidParameterException;
import org.gazette.text.Abbreviation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeds of the contract: {@code rss.xml}, {@code atom.xml} and {@code feed.json} after the path of
 * the whole site ({@code /}), a language's front page ({@code /en/}) and each section, tag, source and
 * entity page. {@code ?limit=} asks for 1 to {@value FeedProperties#MAX_ITEMS} stories. Responses carry an
 * ETag and Last-Modified, and a conditional request for an unchanged feed is answered 304 without a
 * body (Spring compares the validators of the returned entity with the request's).
 */
@RestController
class FeedController {

    /** The feed file names; literal paths like {@code /sitemap.xml} still win over this pattern. */
    private static final String FILE = "{file:rss\\.xml|atom\\.xml|feed\\.json}";

    private static final String LANG = "/{lang:[a-z]{2}}/";
    /** Readers may reuse a feed briefly without asking; after that a conditional request is cheap. */
    private static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final FeedScopes scopes;
    private final Feeds feeds;
    private final FeedProperties properties;
    private final GazetteProperties site;

    FeedController(FeedScopes scopes, Feeds feeds, FeedProperties properties, GazetteProperties site) {
        this.scopes = scopes;
        this.feeds = feeds;
        this.properties = properties;
        this.site = site;
    }

    @GetMapping("/" + FILE)
    ResponseEntity<byte[]> wholeSite(@PathVariable String file, @RequestParam(required = false) String limit) {
        return serve(scopes.wholeSite(), file, limit);
    }

    @GetMapping(LANG + FILE)
    ResponseEntity<byte[]> language(
            @PathVariable String lang, @PathVariable String file, @RequestParam(required = false) String limit) {
        return serve(scopes.language(lang), file, limit);
    }

    @GetMapping(LANG + "section/{slug}/" + FILE)
    ResponseEntity<byte[]> section(
            @PathVariable String lang,
            @PathVariable String slug,
            @PathVariable String file,
            @RequestParam(required = false) String limit) {
        return serve(scopes.section(lang, slug), file, limit);
    }

    @GetMapping(LANG + "tag/{slug}/" + FILE)
    ResponseEntity<byte[]> tag(
            @PathVariable String lang,
            @PathVariable String slug,
            @PathVariable String file,
            @RequestParam(required = false) String limit) {
        return serve(scopes.tag(lang, slug), file, limit);
    }

    @GetMapping(LANG + "source/{slug}/" + FILE)
    ResponseEntity<byte[]> source(
            @PathVariable String lang,
            @PathVariable String slug,
            @PathVariable String file,
            @RequestParam(required = false) String limit) {
        return serve(scopes.source(lang, slug), file, limit);
    }

    @GetMapping(LANG + "entity/{slug}/" + FILE)
    ResponseEntity<byte[]> entity(
            @PathVariable String lang,
            @PathVariable String slug,
            @PathVariable String file,
            @RequestParam(required = false) String limit) {
        return serve(scopes.entity(lang, slug), file, limit);
    }

    private ResponseEntity<byte[]> serve(FeedScope scope, String file, String limit) {
        FeedFormat format = FeedFormat.ofFileName(file);
        int size = limit(limit, properties.items());
        Feeds.Rendered feed = feeds.render(scope, format, size);
        SurrogateKeys.declare(SurrogateKeys.FEEDS);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(format.contentType())
                .eTag(feed.etag())
                .lastModified(feed.lastModified())
                .cacheControl(CACHING);
        if (properties.websubHub() != null) {
            // WebSub discovery: subscribers look for the hub and the topic URL in the Link header
            response.header(
                    HttpHeaders.LINK,
                    "<" + properties.websubHub() + ">; rel=\"hub\", <"
                            + site.absolute(scope.basePath() + format.fileName()) + ">; rel=\"self\"");
        }
        return response.body(feed.body());
    }

    /** How many stories to list: the configured number, or 1 to {@value FeedProperties#MAX_ITEMS} as asked. */
    static int limit(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= FeedProperties.MAX_ITEMS) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        String shown = Abbreviation.of(value, 40);
        throw new InvalidParameterException(
                "limit",
                "must be an integer from 1 to " + FeedProperties.MAX_ITEMS + ", got '"
                        + shown.replaceAll("\\p{Cntrl}", "?") + "'");
    }
}

package org.gazette.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gazette.article.Article;
import org.gazette.article.ArticleCursor;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleRevision;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleSummary;
import org.gazette.article.PublicTerms;
import org.gazette.article.ShownDates;
import org.gazette.article.SiteDays;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.feed.StoryIds;
import org.gazette.media.ImageLibrary;
import org.gazette.system.GazetteProperties;
import org.gazette.system.InvalidParameterException;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The public, read-only article API: published stories only. */
@RestController
class ArticleApiController {

    private final ArticleRepository articles;
    private final TaxonomyRepository taxonomy;
    private final PublicTerms publicTerms;
    private final GazetteProperties site;
    private final StoryIds ids;
    private final ImageLibrary images;
    private final SiteDays days;
    private final Clock clock;
    private final EntityDirectory entities;

    ArticleApiController(
            ArticleRepository articles,
            TaxonomyRepository taxonomy,
            PublicTerms publicTerms,
            GazetteProperties site,
            StoryIds ids,
            ImageLibrary images,
            SiteDays days,
            Clock clock,
            EntityDirectory entities) {
        this.entities = entities;
        this.clock = clock;
        this.days = days;
        this.images = images;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.publicTerms = publicTerms;
        this.site = site;
        this.ids = ids;
    }

    @GetMapping("/api/v1/articles")
    ArticleListJson list(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit) {
        Language language = ArticleQueryParameters.language(lang, site);
        String sectionSlug = ArticleQueryParameters.termSlug(TermKind.SECTION, section, publicTerms);
        String tagSlug = ArticleQueryParameters.termSlug(TermKind.TAG, tag, publicTerms);
        String sourceSlug = ArticleQueryParameters.termSlug(TermKind.SOURCE, source, publicTerms);
        Instant fromTime = ArticleQueryParameters.from(from, days);
        Instant toTime = ArticleQueryParameters.to(to, days);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw new InvalidParameterException("to", "must be later than 'from'");
        }
        ArticleCursor after = ArticleQueryParameters.cursor(cursor);
        int size = ArticleQueryParameters.limit(limit);

        ArticleFilter filter = new ArticleFilter(language, null, null, null, null, fromTime, toTime);
        // an unknown term filters everything out rather than being ignored
        if (sectionSlug != null) {
            Optional<Long> id =
                    taxonomy.section(sectionSlug, site.defaultLanguage()).map(s -> s.id());
            if (id.isEmpty()) {
                return new ArticleListJson(List.of(), null, null);
            }
            filter = filter.withSection(id.get());
        }
        if (tagSlug != null) {
            Optional<Long> id = taxonomy.tag(tagSlug).map(t -> t.id());
            if (id.isEmpty()) {
                return new ArticleListJson(List.of(), null, null);
            }
            filter = filter.withTag(id.get());
        }
        if (sourceSlug != null) {
            Optional<Long> id = taxonomy.source(sourceSlug).map(s -> s.id());
            if (id.isEmpty()) {
                return new ArticleListJson(List.of(), null, null);
            }
            filter = filter.withSource(id.get());
        }
        List<ArticleSummary> rows = articles.page(filter, after, null, size + 1);
        String nextCursor = null;
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            nextCursor = ArticleCursor.of(rows.get(size - 1)).encode();
            next = UriComponentsBuilder.fromPath("/api/v1/articles")
                    .queryParamIfPresent("lang", Optional.ofNullable(language).map(Language::code))
                    .queryParamIfPresent("section", Optional.ofNullable(sectionSlug))
                    .queryParamIfPresent("tag", Optional.ofNullable(tagSlug))
                    .queryParamIfPresent("source", Optional.ofNullable(sourceSlug))
                    .queryParamIfPresent("from", Optional.ofNullable(from))
                    .queryParamIfPresent("to", Optional.ofNullable(to))
                    .queryParam("limit", size)
                    .queryParam("cursor", nextCursor)
                    .encode()
                    .build()
                    .toUriString();
        }
        return new ArticleListJson(
                rows.stream().map(s -> ArticleSummaryJson.from(s, site)).toList(),
                nextCursor,
                next == null ? null : site.absolute(next));
    }

    @GetMapping("/api/v1/articles/{id}")
    ResponseEntity<?> one(@PathVariable String id) {
        Optional<Article> found = articles.findByExternalId(id);
        if (found.isEmpty() || !ShownDates.at(clock).shows(found.get())) {
            return unavailable(found, id);
        }
        Article article = found.get();
        return ResponseEntity.ok(ArticleJson.from(
                article,
                articles.translations(article),
                entities.ofStory(article.id(), article.lang(), article.headline()),
                site));
    }

    /** The same article as an IPTC ninjs 2.1 news item, for {@code Accept: application/ninjs+json}. */
    @GetMapping(path = "/api/v1/articles/{id}", produces = NinjsJson.MEDIA_TYPE)
    ResponseEntity<?> ninjs(@PathVariable String id) {
        Optional<Article> found = articles.findByExternalId(id);
        if (found.isEmpty() || !ShownDates.at(clock).shows(found.get())) {
            return unavailable(found, id);
        }
        Article article = found.get();
        ArticleRevision revision = articles.revision(article.id()).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(NinjsJson.MEDIA_TYPE))
                .body(NinjsJson.from(
                        article,
                        revision,
                        ids.article(article.externalId()),
                        article.leadImage() == null
                                ? null
                                : ids.image(article.leadImage().id()),
                        images::fileBytes,
                        entities.ofStory(article.id(), article.lang(), article.headline()),
                        site));
    }

    /** ninjs for clients that cannot set a header: {@code /api/v1/articles/{id}.ninjs}. */
    @GetMapping("/api/v1/articles/{id}.ninjs")
    ResponseEntity<?> ninjsBySuffix(@PathVariable String id) {
        return ninjs(id);
    }

    /** 410 for a story that was unpublished, 404 for any other id, as problem details whatever was asked for. */
    private static ResponseEntity<ProblemDetail> unavailable(Optional<Article> found, String id) {
        boolean withdrawn = found.isPresent() && found.get().status() == ArticleStatus.UNPUBLISHED;
        HttpStatus status = withdrawn ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                withdrawn
                        ? "Article '" + Abbreviation.of(id) + "' has been unpublished"
                        : "No published article with id '" + Abbreviation.of(id) + "'");
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

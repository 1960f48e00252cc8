package org.gazette.newsroom;

import java.net.URI;
import java.util.Optional;
import org.gazette.account.NewsroomUser;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.EditConflictException;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.SaveOutcome;
import org.gazette.ingest.ArticleJsonReader;
import org.gazette.ingest.StrictJson;
import org.gazette.media.ImageLibrary;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Abbreviation;
import org.gazette.web.SiteLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The write half of the JSON API, for scripts with a personal token. A new article arrives as one
 * import-format object and is a draft until published; {@code PUT} replaces an article's content
 * (optionally guarded by a {@code version} field: a stale one is refused with 409); publish and
 * unpublish move it through the same workflow as the newsroom, with the token owner's rights. A
 * {@code lead_image} field sets the lead image by its number ({@code POST /api/v1/media} uploads one)
 * or removes it with null; without the field an update keeps the image the article has.
 */
@RestController
class ArticleWriteApiController {

    private final StrictJson json = new StrictJson();
    private final ArticleJsonReader reader;
    private final ArticleStore store;
    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final Workflow workflow;
    private final GazetteProperties site;
    private final ImageLibrary images;

    ArticleWriteApiController(
            ArticleJsonReader reader,
            ArticleStore store,
            ArticleRepository articles,
            ArticleAccess access,
            Workflow workflow,
            GazetteProperties site,
            ImageLibrary images) {
        this.images = images;
        this.reader = reader;
        this.store = store;
        this.articles = articles;
        this.access = access;
        this.workflow = workflow;
        this.site = site;
    }

    /** What a write answers: where the article stands now. */
    record WriteResult(String id, String status, int version, String url) {

        static WriteResult from(Article article, GazetteProperties site) {
            return new WriteResult(
                    article.externalId(),
                    article.status().code(),
                    article.version(),
                    site.absolute(SiteLinks.article(article.lang(), article.slug())));
        }
    }

    @PostMapping(path = "/api/v1/articles", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> create(@RequestBody(required = false) byte[] body, @AuthenticationPrincipal NewsroomUser user) {
        JsonNode node = parse(body);
        ArticleInput input = reader.read(node, ArticleStatus.DRAFT);
        Long image = leadImage(node, null);
        if (articles.findByExternalId(input.externalId()).isPresent()) {
            return problem(
                    HttpStatus.CONFLICT,
                    "Article exists",
                    "an article with id '" + input.externalId() + "' already exists; PUT /api/v1/articles/"
                            + input.externalId() + " changes it",
                    "id");
        }
        SaveOutcome outcome = store.create(input, image, user.actor());
        Article created = articles.findById(outcome.articleId()).orElseThrow();
        return ResponseEntity.created(URI.create(site.absolute("/api/v1/articles/" + created.externalId())))
                .body(WriteResult.from(created, site));
    }

    @PutMapping(path = "/api/v1/articles/{id}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> replace(
            @PathVariable String id,
            @RequestBody(required = false) byte[] body,
            @AuthenticationPrincipal NewsroomUser user) {
        Optional<Article> found = articles.findByExternalId(id);
        if (found.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "Not Found", "no article with id '" + Abbreviation.of(id) + "'", null);
        }
        Article article = found.get();
        access.requireEdit(user, article);
        JsonNode node = parse(body);
        ArticleInput input = reader.read(node, article.status());
        if (!input.externalId().equals(article.externalId())) {
            throw new InvalidArticleException(
                    "id",
                    input.externalId(),
                    "field 'id' is '" + Abbreviation.of(input.externalId()) + "' but the URL names '"
                            + Abbreviation.of(id) + "'");
        }
        int version = article.version();
        JsonNode expected = node.get("version");
        if (expected != null && !expected.isNull()) {
            if (!expected.isInt()) {
                throw new InvalidArticleException(
                        "version",
                        expected.toString(),
                        "field 'version' must be a whole number, got " + Abbreviation.of(expected.toString()));
            }
            version = expected.intValue();
        }
        Long image = leadImage(
                node, article.leadImage() == null ? null : article.leadImage().id());
        store.update(article.id(), version, input, image, user.actor());
        return ResponseEntity.ok(
                WriteResult.from(articles.findById(article.id()).orElseThrow(), site));
    }

    @PostMapping("/api/v1/articles/{id}/publish")
    ResponseEntity<?> publish(@PathVariable String id, @AuthenticationPrincipal NewsroomUser user) {
        return move(id, user, true);
    }

    @PostMapping("/api/v1/articles/{id}/unpublish")
    ResponseEntity<?> unpublish(@PathVariable String id, @AuthenticationPrincipal NewsroomUser user) {
        return move(id, user, false);
    }

    private ResponseEntity<?> move(String id, NewsroomUser user, boolean publish) {
        Optional<Article> found = articles.findByExternalId(id);
        if (found.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "Not Found", "no article with id '" + Abbreviation.of(id) + "'", null);
        }
        long articleId = found.get().id();
        if (publish) {
            workflow.publish(articleId, user);
        } else {
            workflow.unpublish(articleId, user);
        }
        return ResponseEntity.ok(WriteResult.from(articles.findById(articleId).orElseThrow(), site));
    }

    /**
     * The lead image a body asks for: {@code lead_image} (or {@code leadImage}) as an image number, as
     * the object the read API returns (its {@code id} counts), or null to remove it; without the field
     * the article keeps {@code current}. An image that was never uploaded is refused before anything
     * is written.
     */
    private Long leadImage(JsonNode body, Long current) {
        JsonNode snake = body.get("lead_image");
        JsonNode camel = body.get("leadImage");
        if (snake != null && camel != null && !snake.equals(camel)) {
            throw new InvalidArticleException(
                    "lead_image", camel.toString(), "field 'lead_image' and its alias 'leadImage' disagree; send one");
        }
        JsonNode value = snake != null ? snake : camel;
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        JsonNode id = value.isObject() ? value.get("id") : value;
        if (id == null
                || !((id.isIntegralNumber() && id.canConvertToLong())
                        || (id.isString() && id.asString().strip().matches("[0-9]{1,18}")))) {
            throw new InvalidArticleException(
                    "lead_image",
                    value.toString(),
                    "field 'lead_image' must be the number of an uploaded image "
                            + "(POST /api/v1/media answers it) or null, got " + Abbreviation.of(value.toString()));
        }
        long imageId = id.isIntegralNumber()
                ? id.longValue()
                : Long.parseLong(id.asString().strip());
        if (images.find(imageId).isEmpty()) {
            throw new InvalidArticleException(
                    "lead_image", String.valueOf(imageId), "field 'lead_image' names no uploaded image: " + imageId);
        }
        return imageId;
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.read(body == null ? new byte[0] : body);
        } catch (StrictJson.MalformedException e) {
            throw InvalidArticleException.whole(
                    e.encoding() ? "the body is not valid UTF-8" : "the body is not JSON: " + e.detail());
        }
    }

    @ExceptionHandler(InvalidArticleException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidArticleException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage(), e.field());
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> conflict(EditConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Edit conflict");
        problem.setProperty("current_version", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> wrongState(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badValue(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(status).body(problem);
    }
}

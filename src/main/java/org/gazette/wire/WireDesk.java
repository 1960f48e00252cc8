package org.gazette.wire;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazette.article.Actor;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.ArticleSubmission;
import org.gazette.article.ArticleValidator;
import org.gazette.article.BodyFormat;
import org.gazette.article.InvalidArticleException;
import org.gazette.system.GazetteProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What happens to each wire item: the one place where items become articles. An item is known by its
 * source and guid; a newer version (higher version number, else a later modification time, else
 * different text) updates what the older one made, an older or identical one is ignored, a canceled
 * one takes the article down. Sources set to publish directly (and import files) publish at once;
 * the others put the item in the newsroom's wire queue, where an editor takes it into a draft.
 * Each item is saved in its own transaction: a refused item stores nothing and the others go on.
 */
@Service
public class WireDesk {

    /** The source key of items read from an import file rather than polled from a source. */
    static final String FILE_SOURCE = "file";

    private static final int REFUSALS_KEPT = 200;

    /** What receiving one feed document did. */
    public record Receipt(int created, int updated, int queued, int withdrawn, int ignored, List<RefusedItem> refused) {

        /** Items that changed something: articles created or updated, queued or withdrawn. */
        public int imported() {
            return created + updated + queued + withdrawn;
        }
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        QUEUED,
        WITHDRAWN,
        IGNORED
    }

    private final JdbcClient jdbc;
    private final ArticleStore articles;
    private final ArticleValidator validator;
    private final TransactionTemplate transactions;
    private final GazetteProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    WireDesk(
            JdbcClient jdbc,
            ArticleStore articles,
            ArticleValidator validator,
            TransactionTemplate transactions,
            GazetteProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.validator = validator;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes in every item of a document that came from {@code source}, or from an import file when
     * {@code source} is null (then items publish directly, in their own language when the site has it).
     */
    public Receipt receive(WireSource source, FeedDocument document) {
        int created = 0;
        int updated = 0;
        int queued = 0;
        int withdrawn = 0;
        int ignored = 0;
        List<RefusedItem> refused = new ArrayList<>(document.refused());
        for (int i = 0; i < document.items().size(); i++) {
            WireItem item = document.items().get(i);
            try {
                Outcome outcome = transactions.execute(status -> receive(source, item));
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case QUEUED -> queued++;
                    case WITHDRAWN -> withdrawn++;
                    case IGNORED -> ignored++;
                }
            } catch (InvalidArticleException | InvalidItemException e) {
                refused.add(new RefusedItem(i + 1, item.guid(), e.getMessage()));
            } catch (DataAccessException e) {
                refused.add(new RefusedItem(i + 1, item.guid(), "could not be saved: " + rootMessage(e)));
            }
        }
        if (source != null && !refused.isEmpty()) {
            recordRefusals(source, refused);
        }
        return new Receipt(created, updated, queued, withdrawn, ignored, List.copyOf(refused));
    }

    private Outcome receive(WireSource source, WireItem item) {
        String sourceKey = source == null ? FILE_SOURCE : "source:" + source.id();
        Optional<StoredItem> stored = stored(sourceKey, item.guid());
        if (stored.isPresent() && !isNewer(item, stored.get())) {
            return Outcome.IGNORED;
        }
        boolean publishes = source == null || source.autoPublish();
        Long articleId = stored.map(StoredItem::articleId).orElse(null);
        String externalId = stored.map(StoredItem::externalId).orElseGet(() -> externalId(sourceKey, item.guid()));
        String state;
        Outcome outcome;
        if (item.status() == PubStatus.CANCELED) {
            state = "canceled";
            outcome = Outcome.WITHDRAWN;
            if (articleId != null) {
                withdraw(articleId);
            }
        } else if (item.status() == PubStatus.WITHHELD) {
            state = "withheld";
            outcome = Outcome.QUEUED;
        } else if (publishes) {
            ArticleInput input = article(source, item, externalId, ArticleStatus.PUBLISHED);
            var saved = articles.save(
                    input, source == null ? Actor.bulk("import") : Actor.system("wire: " + source.name()));
            articleId = saved.articleId();
            state = "published";
            outcome = stored.isPresent() || saved.change() != org.gazette.article.SaveOutcome.Change.CREATED
                    ? Outcome.UPDATED
                    : Outcome.CREATED;
        } else {
            // checked now so that an item no article could be made of never waits in the queue
            article(source, item, externalId, ArticleStatus.DRAFT);
            state = "queued";
            outcome = Outcome.QUEUED;
        }
        long now = clock.millis();
        long itemId;
        if (stored.isEmpty()) {
            itemId = jdbc.sql(
                            """
                            insert into wire_items (source_key, source_id, guid, external_id, version, version_time,
                                title, body_html, summary, link, agency, language, images, pub_status, state,
                                article_id, received_at, updated_at)
                            values (:sourceKey, :sourceId, :guid, :externalId, :version, :versionTime, :title, :body,
                                :summary, :link, :agency, :language, :images, :pubStatus, :state, :articleId, :now,
                                :now)
                            returning id""")
                    .param("sourceKey", sourceKey)
                    .param("sourceId", source == null ? null : source.id())
                    .param("guid", item.guid())
                    .param("externalId", externalId)
                    .param("version", item.version())
                    .param("versionTime", millis(item.versionTime()))
                    .param("title", item.title())
                    .param("body", item.bodyHtml())
                    .param("summary", item.summary())
                    .param("link", item.link())
                    .param("agency", item.agency())
                    .param("language", item.language())
                    .param("images", images(item))
                    .param("pubStatus", item.status().code())
                    .param("state", state)
                    .param("articleId", articleId)
                    .param("now", now)
                    .query(Long.class)
                    .single();
        } else {
            itemId = stored.get().id();
            jdbc.sql(
                            """
                            update wire_items set version = :version, version_time = :versionTime, title = :title,
                                body_html = :body, summary = :summary, link = :link, agency = :agency,
                                language = :language, images = :images, pub_status = :pubStatus, state = :state,
                                article_id = :articleId, updated_at = :now
                            where id = :id""")
                    .param("version", item.version())
                    .param("versionTime", millis(item.versionTime()))
                    .param("title", item.title())
                    .param("body", item.bodyHtml())
                    .param("summary", item.summary())
                    .param("link", item.link())
                    .param("agency", item.agency())
                    .param("language", item.language())
                    .param("images", images(item))
                    .param("pubStatus", item.status().code())
                    .param("state", state)
                    .param("articleId", articleId)
                    .param("now", now)
                    .param("id", itemId)
                    .update();
        }
        jdbc.sql(
                        """
                        insert into wire_item_versions (item_id, version, version_time, title, body_html, received_at)
                        values (:itemId, :version, :versionTime, :title, :body, :now)""")
                .param("itemId", itemId)
                .param("version", item.version())
                .param("versionTime", millis(item.versionTime()))
                .param("title", item.title())
                .param("body", item.bodyHtml())
                .param("now", now)
                .update();
        return outcome;
    }

    /**
     * Makes a draft article of a queued item (or refreshes the draft it already made), for an editor to
     * edit and publish; returns the article's id. An item whose article is already live is not
     * overwritten: the editor edits that article.
     */
    public long takeIntoDraft(long itemId, Actor editor) {
        return transactions.execute(status -> {
            StoredItem item = jdbc.sql("select * from wire_items where id = :id")
                    .param("id", itemId)
                    .query(WireDesk::storedItem)
                    .optional()
                    .orElseThrow(() -> new InvalidItemException("no wire item " + itemId));
            if (!"queued".equals(item.state()) && !"taken".equals(item.state())) {
                throw new InvalidItemException("the item is " + item.state() + " and cannot be taken into a draft");
            }
            if (item.articleId() != null) {
                String articleStatus = jdbc.sql("select status from articles where id = :id")
                        .param("id", item.articleId())
                        .query(String.class)
                        .optional()
                        .orElse(null);
                if (articleStatus != null && !"draft".equals(articleStatus)) {
                    throw new InvalidItemException(
                            "the item's article is already " + articleStatus + "; edit it in the newsroom");
                }
            }
            WireSource source = item.sourceId() == null
                    ? null
                    : jdbc.sql("select * from wire_sources where id = :id")
                            .param("id", item.sourceId())
                            .query(WireSources::source)
                            .single();
            WireItem wire = new WireItem(
                    item.guid(),
                    item.version(),
                    item.title(),
                    item.bodyHtml(),
                    item.summary(),
                    null,
                    item.versionTime() == null ? null : Instant.ofEpochMilli(item.versionTime()),
                    item.link(),
                    item.agency(),
                    item.language(),
                    List.of(),
                    PubStatus.USABLE);
            long articleId = articles.save(article(source, wire, item.externalId(), ArticleStatus.DRAFT), editor)
                    .articleId();
            jdbc.sql("update wire_items set state = 'taken', article_id = :articleId, updated_at = :now where id = :id")
                    .param("articleId", articleId)
                    .param("now", clock.millis())
                    .param("id", itemId)
                    .update();
            return articleId;
        });
    }

    private void withdraw(long articleId) {
        String status = jdbc.sql("select status from articles where id = :id")
                .param("id", articleId)
                .query(String.class)
                .optional()
                .orElse(null);
        if ("published".equals(status)) {
            articles.changeStatus(articleId, ArticleStatus.UNPUBLISHED, null, Actor.system("wire: killed"));
        }
    }

    /** The article an item makes, checked by the one validator every article goes through. */
    private ArticleInput article(WireSource source, WireItem item, String externalId, ArticleStatus status) {
        String dek = item.summary() == null ? null : plainText(item.summary());
        Instant date = item.published() != null
                ? item.published()
                : item.modified() != null ? item.modified() : clock.instant();
        String credited = item.agency() != null ? item.agency() : source == null ? null : source.name();
        String link = item.link() != null ? item.link() : source == null ? null : source.homepage();
        ArticleSubmission submission = ArticleSubmission.builder()
                .externalId(externalId)
                .headline(item.title())
                .dek(dek != null && !dek.isBlank() && dek.length() <= ArticleValidator.MAX_DEK_CHARS ? dek : null)
                .date(date)
                .updated(item.modified() != null && item.modified().isAfter(date) ? item.modified() : null)
                // the body is HTML even when it holds no tag the detection knows (escaped text, entities)
                .body(item.bodyHtml())
                .format(BodyFormat.HTML)
                .lang(language(source, item))
                .section(source == null ? null : source.section())
                .source(credited == null || credited.length() <= 200 ? credited : credited.substring(0, 200))
                .sourceUrl(link)
                .build();
        return validator.validate(submission, status);
    }

    private String language(WireSource source, WireItem item) {
        if (source != null) {
            return source.lang();
        }
        if (item.language() != null) {
            String primary = item.language().split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (properties.serves(primary)) {
                return primary;
            }
        }
        return properties.defaultLanguage().code();
    }

    private static boolean isNewer(WireItem item, StoredItem stored) {
        if (item.version() != null
                && stored.version() != null
                && !item.version().equals(stored.version())) {
            return item.version() > stored.version();
        }
        Instant time = item.versionTime();
        if (time != null && stored.versionTime() != null && time.toEpochMilli() != stored.versionTime()) {
            return time.toEpochMilli() > stored.versionTime();
        }
        if (item.version() != null
                && item.version().equals(stored.version())
                && item.status().code().equals(stored.pubStatus())) {
            return false;
        }
        // nothing orders the two: a re-send counts only when it says something different
        return !item.title().equals(stored.title())
                || !item.bodyHtml().equals(stored.bodyHtml())
                || !item.status().code().equals(stored.pubStatus());
    }

    private void recordRefusals(WireSource source, List<RefusedItem> refused) {
        long now = clock.millis();
        transactions.executeWithoutResult(status -> {
            for (RefusedItem item : refused) {
                jdbc.sql("insert into wire_refusals (source_id, guid, reason, received_at) values (:s, :g, :r, :now)")
                        .param("s", source.id())
                        .param("g", item.guid())
                        .param("r", item.reason())
                        .param("now", now)
                        .update();
            }
            jdbc.sql(
                            """
                            delete from wire_refusals where source_id = :s and id <= coalesce((select id from
                                wire_refusals where source_id = :s order by id desc limit 1 offset :keep), 0)""")
                    .param("s", source.id())
                    .param("keep", REFUSALS_KEPT)
                    .update();
        });
    }

    static String externalId(String sourceKey, String guid) {
        return "wire-" + SyndicationReader.sha256(sourceKey + "\n" + guid).substring(0, 32);
    }

    private String images(WireItem item) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (WireImage image : item.images()) {
            ObjectNode node = array.addObject();
            node.put("url", image.url());
            node.put("credit", image.credit());
            node.put("caption", image.caption());
        }
        return json.writeValueAsString(array);
    }

    private static String plainText(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage())
                .lines()
                .findFirst()
                .orElse(root.getClass().getSimpleName());
    }

    /** An item as the desk last stored it. */
    record StoredItem(
            long id,
            String sourceKey,
            Long sourceId,
            String guid,
            String externalId,
            Long version,
            Long versionTime,
            String title,
            String bodyHtml,
            String summary,
            String link,
            String agency,
            String language,
            String images,
            String pubStatus,
            String state,
            Long articleId,
            long receivedAt,
            long updatedAt) {}

    private Optional<StoredItem> stored(String sourceKey, String guid) {
        return jdbc.sql("select * from wire_items where source_key = :k and guid = :g")
                .param("k", sourceKey)
                .param("g", guid)
                .query(WireDesk::storedItem)
                .optional();
    }

    static StoredItem storedItem(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredItem(
                rs.getLong("id"),
                rs.getString("source_key"),
                nullableLong(rs, "source_id"),
                rs.getString("guid"),
                rs.getString("external_id"),
                nullableLong(rs, "version"),
                nullableLong(rs, "version_time"),
                rs.getString("title"),
                rs.getString("body_html"),
                rs.getString("summary"),
                rs.getString("link"),
                rs.getString("agency"),
                rs.getString("language"),
                rs.getString("images"),
                rs.getString("pub_status"),
                rs.getString("state"),
                nullableLong(rs, "article_id"),
                rs.getLong("received_at"),
                rs.getLong("updated_at"));
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

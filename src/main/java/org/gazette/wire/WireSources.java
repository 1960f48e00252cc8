package org.gazette.wire;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks and keeps wire-desk source settings. */
@Service
public class WireSources {

    public static final List<String> FORMATS = List.of("rss", "atom", "newsml-g2", "ninjs");
    public static final int MIN_INTERVAL_SECONDS = 60;
    public static final int MAX_INTERVAL_SECONDS = 86_400;
    public static final int MAX_NAME_CHARS = 200;
    /** The last poll brought a feed that was read. */
    public static final String OK = "ok";
    /** The last poll was answered 304: nothing new. */
    public static final String NOT_MODIFIED = "not modified";
    /** The last poll failed; {@code last_error} says why. */
    public static final String FAILED = "failed";
    /** The source failed repeatedly and rests before the next try. */
    public static final String CIRCUIT_OPEN = "circuit open";

    /** A source as submitted, before checking. */
    public record Draft(
            String name,
            String homepage,
            String feedUrl,
            String format,
            Integer intervalSeconds,
            String lang,
            String section,
            Boolean autoPublish) {}

    private final JdbcClient jdbc;
    private final GazetteProperties properties;
    private final Clock clock;

    WireSources(JdbcClient jdbc, GazetteProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public List<WireSource> all() {
        return jdbc.sql("select * from wire_sources order by name, id")
                .query(WireSources::source)
                .list();
    }

    public java.util.Optional<WireSource> find(long id) {
        return jdbc.sql("select * from wire_sources where id = :id")
                .param("id", id)
                .query(WireSources::source)
                .optional();
    }

    /** The enabled sources whose interval has passed since their last poll, longest waiting first. */
    public List<Long> due(Instant now) {
        return jdbc.sql(
                        """
                        select id from wire_sources
                        where enabled = 1 and (last_polled_at is null
                            or last_polled_at + interval_seconds * 1000 <= :now)
                        order by coalesce(last_polled_at, 0), id""")
                .param("now", now.toEpochMilli())
                .query(Long.class)
                .list();
    }

    /** Records a poll that fetched and read the feed (or learnt it had not changed). */
    public void recordSuccess(
            long id, Instant at, String status, int imported, int refused, String etag, String lastModified) {
        jdbc.sql(
                        """
                        update wire_sources set last_polled_at = :at, last_success_at = :at, last_status = :status,
                            last_error = case when :refused > 0 then last_error else null end,
                            items_imported = items_imported + :imported, items_refused = items_refused + :refused,
                            etag = :etag, last_modified = :lastModified
                        where id = :id""")
                .param("at", at.toEpochMilli())
                .param("status", status)
                .param("imported", imported)
                .param("refused", refused)
                .param("etag", clip(etag))
                .param("lastModified", clip(lastModified))
                .param("id", id)
                .update();
    }

    /** Records a poll that failed, with the reason editors see. */
    public void recordFailure(long id, Instant at, String status, String reason) {
        jdbc.sql(
                        """
                        update wire_sources set last_polled_at = :at, last_status = :status, last_error = :error
                        where id = :id""")
                .param("at", at.toEpochMilli())
                .param("status", status)
                .param("error", clip(reason))
                .param("id", id)
                .update();
    }

    /** Pauses ({@code false}) or resumes a source; returns false when there is no such source. */
    public boolean setEnabled(long id, boolean enabled) {
        return jdbc.sql("update wire_sources set enabled = :enabled where id = :id")
                        .param("enabled", enabled ? 1 : 0)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The newest reasons items of a source were refused, newest first. */
    public List<RefusedItem> refusals(long id, int limit) {
        return jdbc.sql("select guid, reason from wire_refusals where source_id = :id order by id desc limit :limit")
                .param("id", id)
                .param("limit", limit)
                .query((rs, row) -> new RefusedItem(row + 1, rs.getString("guid"), rs.getString("reason")))
                .list();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1_000 ? text : text.substring(0, 1_000);
    }

    @Transactional
    public WireSource create(Draft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
            throw new InvalidSourceException(
                    "name", "needs 1 to " + MAX_NAME_CHARS + " characters, got " + name.length());
        }
        String feedUrl = webUrl("feed_url", draft.feedUrl(), true);
        String homepage = webUrl("homepage", draft.homepage(), false);
        String format = draft.format() == null ? "" : draft.format().strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new InvalidSourceException(
                    "format",
                    "must be one of " + String.join(", ", FORMATS) + ", got '" + Abbreviation.of(draft.format()) + "'");
        }
        Integer interval = draft.intervalSeconds();
        if (interval == null || interval < MIN_INTERVAL_SECONDS || interval > MAX_INTERVAL_SECONDS) {
            throw new InvalidSourceException(
                    "interval_seconds",
                    "must be between " + MIN_INTERVAL_SECONDS + " and " + MAX_INTERVAL_SECONDS + ", got " + interval);
        }
        String lang = draft.lang() == null ? "" : draft.lang().strip();
        if (!properties.serves(lang)) {
            throw new InvalidSourceException(
                    "lang",
                    "must be one of the site's languages (" + String.join(", ", properties.languages()) + "), got '"
                            + Abbreviation.of(draft.lang()) + "'");
        }
        String section = draft.section() == null || draft.section().isBlank()
                ? null
                : draft.section().strip();
        if (section != null && Slug.from(section).isEmpty()) {
            throw new InvalidSourceException("section", "has no letters or digits: '" + Abbreviation.of(section) + "'");
        }
        if (section != null) {
            section = Slug.from(section).get().value();
        }
        if (jdbc.sql("select count(*) from wire_sources where feed_url = :url")
                        .param("url", feedUrl)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new InvalidSourceException("feed_url", "is already a source: '" + Abbreviation.of(feedUrl) + "'");
        }
        long id = jdbc.sql(
                        """
                        insert into wire_sources (name, homepage, feed_url, format, interval_seconds, lang, section,
                            auto_publish, enabled, created_at)
                        values (:name, :homepage, :feedUrl, :format, :interval, :lang, :section, :auto, 1, :now)
                        returning id""")
                .param("name", name)
                .param("homepage", homepage)
                .param("feedUrl", feedUrl)
                .param("format", format)
                .param("interval", interval)
                .param("lang", Language.of(lang).code())
                .param("section", section)
                .param("auto", Boolean.TRUE.equals(draft.autoPublish()) ? 1 : 0)
                .param("now", clock.millis())
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    private static String webUrl(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new InvalidSourceException(field, "is required");
            }
            return null;
        }
        String text = raw.strip();
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()
                    && uri.getHost() != null
                    && text.length() <= 2_000
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return text;
            }
        } catch (Exception e) {
            // reported below
        }
        throw new InvalidSourceException(field, "must be an absolute http(s) URL, got '" + Abbreviation.of(text) + "'");
    }

    static WireSource source(ResultSet rs, int row) throws SQLException {
        long polled = rs.getLong("last_polled_at");
        Instant lastPolled = rs.wasNull() ? null : Instant.ofEpochMilli(polled);
        long success = rs.getLong("last_success_at");
        Instant lastSuccess = rs.wasNull() ? null : Instant.ofEpochMilli(success);
        return new WireSource(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("homepage"),
                rs.getString("feed_url"),
                rs.getString("format"),
                rs.getInt("interval_seconds"),
                rs.getString("lang"),
                rs.getString("section"),
                rs.getInt("auto_publish") == 1,
                rs.getInt("enabled") == 1,
                Instant.ofEpochMilli(rs.getLong("created_at")),
                lastPolled,
                rs.getString("last_status"),
                rs.getString("last_error"),
                rs.getLong("items_imported"),
                lastSuccess,
                rs.getLong("items_refused"),
                rs.getString("etag"),
                rs.getString("last_modified"));
    }
}

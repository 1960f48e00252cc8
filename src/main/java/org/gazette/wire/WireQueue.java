package org.gazette.wire;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The newsroom's wire queue: items from sources set to review, newest first, each with its versions. */
@Service
public class WireQueue {

    /** The most items the queue shows at once. */
    public static final int LIMIT = 200;

    /** One version of an item as it arrived. */
    public record Version(Long version, Instant versionTime, String title, String bodyHtml, Instant receivedAt) {}

    /**
     * A waiting item: its newest version, and the earlier ones to compare it with.
     *
     * @param articleId the draft or article it was taken into before, or null
     */
    public record QueuedItem(
            long id,
            String sourceName,
            String agency,
            String link,
            Long articleId,
            Version latest,
            List<Version> earlier) {}

    private final JdbcClient jdbc;

    WireQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueuedItem> waiting() {
        return jdbc
                .sql(
                        """
                        select i.id, s.name as source_name, i.agency, i.link, i.article_id
                        from wire_items i left join wire_sources s on s.id = i.source_id
                        where i.state = 'queued' order by i.updated_at desc, i.id desc limit :limit""")
                .param("limit", LIMIT)
                .query((rs, row) -> {
                    long articleId = rs.getLong("article_id");
                    Long article = rs.wasNull() ? null : articleId;
                    return new Object[] {
                        rs.getLong("id"),
                        rs.getString("source_name"),
                        rs.getString("agency"),
                        rs.getString("link"),
                        article
                    };
                })
                .list()
                .stream()
                .map(row -> {
                    List<Version> versions = versions((Long) row[0]);
                    return new QueuedItem(
                            (Long) row[0],
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            (Long) row[4],
                            versions.get(0),
                            versions.subList(1, versions.size()));
                })
                .toList();
    }

    private List<Version> versions(long itemId) {
        return jdbc.sql(
                        """
                        select version, version_time, title, body_html, received_at from wire_item_versions
                        where item_id = :id order by id desc""")
                .param("id", itemId)
                .query((rs, row) -> {
                    long version = rs.getLong("version");
                    Long number = rs.wasNull() ? null : version;
                    long time = rs.getLong("version_time");
                    Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(time);
                    return new Version(
                            number,
                            at,
                            rs.getString("title"),
                            rs.getString("body_html"),
                            Instant.ofEpochMilli(rs.getLong("received_at")));
                })
                .list();
    }
}

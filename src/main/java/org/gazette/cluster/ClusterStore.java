package org.gazette.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of story clusters: each published story's signature and the cluster it belongs to
 * ({@code story_signatures}), its bands ({@code story_bands}, indexed, so candidates are a lookup) and
 * the clusters themselves ({@code story_clusters}).
 */
@Repository
class ClusterStore {

    /** A stored signature: the story, its language and date, and the cluster it is in (or null). */
    record Signature(long articleId, Language lang, Instant publishedAt, MinHash minHash, Long clusterId) {}

    /** Ids per statement: well inside every engine's limit on bound parameters. */
    private static final int CHUNK = 900;

    private final JdbcClient jdbc;

    ClusterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Signature signature(ResultSet rs, int row) throws SQLException {
        long cluster = rs.getLong(5);
        boolean alone = rs.wasNull(); // asked at once: it answers for the last column read
        return new Signature(
                rs.getLong(1),
                Language.of(rs.getString(2)),
                Instant.ofEpochMilli(rs.getLong(3)),
                MinHash.fromBytes(rs.getBytes(4)),
                alone ? null : cluster);
    }

    Optional<Signature> signature(long articleId) {
        return jdbc.sql("select article_id, lang, published_at, minhash, cluster_id from story_signatures"
                        + " where article_id = :id")
                .param("id", articleId)
                .query(ClusterStore::signature)
                .optional();
    }

    /** Stores a story's signature and bands in place of any earlier ones, keeping its cluster. */
    void save(long articleId, Language lang, Instant publishedAt, MinHash minHash, Long clusterId) {
        removeSignature(articleId);
        jdbc.sql("insert into story_signatures (article_id, lang, published_at, minhash, cluster_id)"
                        + " values (:id, :lang, :published, :minhash, :cluster)")
                .param("id", articleId)
                .param("lang", lang.code())
                .param("published", publishedAt.toEpochMilli())
                .param("minhash", minHash.bytes())
                .param("cluster", clusterId)
                .update();
        // one statement for every band: a round trip each would cost more than the rest of the placing
        long[] bands = minHash.bands(lang);
        StringBuilder sql = new StringBuilder("insert into story_bands (band, article_id) values ");
        List<Object> params = new ArrayList<>(bands.length * 2);
        for (int i = 0; i < bands.length; i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            params.add(bands[i]);
            params.add(articleId);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    void removeSignature(long articleId) {
        jdbc.sql("delete from story_bands where article_id = :id")
                .param("id", articleId)
                .update();
        jdbc.sql("delete from story_signatures where article_id = :id")
                .param("id", articleId)
                .update();
    }

    /**
     * The stories in the same language, published between {@code from} and {@code to}, that share at
     * least one band with these: the most bands shared first, at most {@code limit}.
     */
    List<Signature> candidates(long articleId, Language lang, long[] bands, Instant from, Instant to, int limit) {
        List<Long> bandKeys = new ArrayList<>(bands.length);
        for (long band : bands) {
            bandKeys.add(band);
        }
        List<Long> ids = jdbc.sql(
                        """
                        select b.article_id from story_bands b
                        join story_signatures s on s.article_id = b.article_id
                        where b.band in (:bands) and b.article_id <> :id
                          and s.lang = :lang and s.published_at between :from and :to
                        group by b.article_id
                        order by count(*) desc, b.article_id
                        limit :limit""")
                .param("bands", bandKeys)
                .param("id", articleId)
                .param("lang", lang.code())
                .param("from", from.toEpochMilli())
                .param("to", to.toEpochMilli())
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select article_id, lang, published_at, minhash, cluster_id from story_signatures"
                        + " where article_id in (:ids) order by article_id")
                .param("ids", ids)
                .query(ClusterStore::signature)
                .list();
    }

    long newCluster(Language lang, Instant now) {
        return jdbc.sql("insert into story_clusters (lang, created_at) values (:lang, :now) returning id")
                .param("lang", lang.code())
                .param("now", now.toEpochMilli())
                .query(Long.class)
                .single();
    }

    /** Puts a story into a cluster (or none), with the similarity that placed it there. */
    void place(long articleId, Long clusterId, Double similarity) {
        jdbc.sql("update story_signatures set cluster_id = :cluster, similarity = :similarity where article_id = :id")
                .param("cluster", clusterId)
                .param("similarity", similarity)
                .param("id", articleId)
                .update();
    }

    List<Long> members(long clusterId) {
        return jdbc.sql("select article_id from story_signatures where cluster_id = :cluster order by article_id")
                .param("cluster", clusterId)
                .query(Long.class)
                .list();
    }

    void deleteCluster(long clusterId) {
        jdbc.sql("update story_signatures set cluster_id = null, similarity = null where cluster_id = :cluster")
                .param("cluster", clusterId)
                .update();
        jdbc.sql("delete from story_clusters where id = :cluster")
                .param("cluster", clusterId)
                .update();
    }

    /** The cluster of each of these stories that is in one. */
    Map<Long, Long> clustersOf(Collection<Long> articleIds) {
        Map<Long, Long> clusters = new HashMap<>();
        List<Long> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select article_id, cluster_id from story_signatures"
                            + " where article_id in (:ids) and cluster_id is not null")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        clusters.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return clusters;
    }

    /** The stories of each of these clusters, in id order. */
    Map<Long, List<Long>> membersOf(Collection<Long> clusterIds) {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(clusterIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select cluster_id, article_id from story_signatures"
                            + " where cluster_id in (:ids) order by cluster_id, article_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2));
                    });
        }
        return members;
    }

    /** The clusters whose newest story is newest, at most {@code limit}, optionally in one language. */
    List<Long> newestClusters(Language lang, int limit) {
        String where = lang == null ? "" : " and lang = :lang";
        JdbcClient.StatementSpec query = jdbc.sql("select cluster_id from story_signatures where cluster_id is not null"
                        + where + " group by cluster_id order by max(published_at) desc, cluster_id desc limit :limit")
                .param("limit", limit);
        if (lang != null) {
            query = query.param("lang", lang.code());
        }
        return query.query(Long.class).list();
    }

    /** Every story with a signature, in id order after {@code afterId}: for re-clustering them all. */
    List<Long> signedAfter(long afterId, int limit) {
        return jdbc.sql(
                        "select article_id from story_signatures where article_id > :after order by article_id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    long clusterCount() {
        return jdbc.sql("select count(*) from story_clusters").query(Long.class).single();
    }
}

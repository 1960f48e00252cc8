package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.gazette.cluster.StoryClusters;

/**
 * Folds the reports of one story cluster ({@link StoryClusters}) into the best-ranked of them, so one story
 * sent by several agencies does not fill the first page. Works on ranked hits in order, so the result is
 * the same for the same ranking: pages stay stable. Clusters are read from the database for the hits
 * looked at, a chunk at a time, so a story that joined or left a cluster a moment ago folds accordingly.
 */
final class NearDuplicates {

    /** Hits whose clusters are read in one query. */
    private static final int CHUNK = 200;

    /** A kept hit and the reports folded into it. */
    record Group(ScoreDoc lead, long articleId, List<ScoreDoc> folded) {}

    private final IndexSearcher searcher;
    private final boolean fold;
    private final StoryClusters clusters;
    private final List<Group> kept = new ArrayList<>();
    private final Map<Long, Group> byCluster = new HashMap<>();
    private final Map<Long, Long> clusterOf = new HashMap<>();
    private long[] ids = new long[0];
    private int next;
    private int looked;

    /**
     * {@code fold} false keeps every hit as a group of its own: the newsroom must find each draft, even
     * one that tells the same story as another.
     */
    NearDuplicates(IndexSearcher searcher, boolean fold, StoryClusters clusters) {
        this.searcher = searcher;
        this.fold = fold;
        this.clusters = clusters;
    }

    /** Adds ranked hits, in order, until {@code wanted} groups exist or the hits run out. */
    List<Group> collapse(ScoreDoc[] ranked, int wanted) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (ids.length < ranked.length) {
            ids = java.util.Arrays.copyOf(ids, ranked.length);
        }
        for (; next < ranked.length && kept.size() < wanted; next++) {
            if (next >= looked) {
                lookUp(ranked, leaves);
            }
            ScoreDoc hit = ranked[next];
            long id = ids[next];
            Long cluster = fold ? clusterOf.get(id) : null;
            Group same = cluster == null ? null : byCluster.get(cluster);
            if (same != null) {
                same.folded().add(hit);
            } else {
                Group group = new Group(hit, id, new ArrayList<>());
                kept.add(group);
                if (cluster != null) {
                    byCluster.put(cluster, group);
                }
            }
        }
        return List.copyOf(kept);
    }

    /** Reads the article ids of the next chunk of hits and, when folding, their clusters. */
    private void lookUp(ScoreDoc[] ranked, List<LeafReaderContext> leaves) throws IOException {
        int end = Math.min(ranked.length, looked + CHUNK);
        List<Long> chunk = new ArrayList<>(end - looked);
        for (int i = looked; i < end; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(ranked[i].doc, leaves));
            NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.ID);
            ids[i] = values.advanceExact(ranked[i].doc - leaf.docBase) ? values.longValue() : -1;
            chunk.add(ids[i]);
        }
        if (fold) {
            clusterOf.putAll(clusters.clustersOf(chunk));
        }
        looked = end;
    }

    /** Whether every hit given so far has been looked at. */
    boolean exhausted(ScoreDoc[] ranked) {
        return next >= ranked.length;
    }
}

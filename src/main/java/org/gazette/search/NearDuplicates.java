package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Folds the same story sent by several sources into its best-ranked report, so it does not fill the
 * first page: a hit joins an earlier one in the same language, published within
 * {@link #WINDOW_MILLIS} of it, whose headline shares at least {@link #SIMILARITY} of its words.
 * Works on ranked hits in order, so the result is the same for the same ranking: pages stay stable.
 */
final class NearDuplicates {

    static final double SIMILARITY = 0.6;
    static final long WINDOW_MILLIS = 7 * 86_400_000L;

    /** A kept hit and the reports folded into it. */
    record Group(ScoreDoc lead, List<ScoreDoc> folded) {}

    private record Seen(Group group, String lang, long published, int[] words) {}

    private final IndexSearcher searcher;
    private final boolean fold;
    private final List<Seen> kept = new ArrayList<>();
    private int next;

    /**
     * {@code fold} false keeps every hit as a group of its own: the newsroom must find each draft, even
     * one that tells the same story as another.
     */
    NearDuplicates(IndexSearcher searcher, boolean fold) {
        this.searcher = searcher;
        this.fold = fold;
    }

    /** Adds ranked hits, in order, until {@code wanted} groups exist or the hits run out. */
    List<Group> collapse(ScoreDoc[] ranked, int wanted) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (; next < ranked.length && kept.size() < wanted; next++) {
            ScoreDoc hit = ranked[next];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            SortedDocValues langs = DocValues.getSorted(leaf.reader(), IndexFields.LANG);
            NumericDocValues times = DocValues.getNumeric(leaf.reader(), IndexFields.PUBLISHED);
            BinaryDocValues headlines = DocValues.getBinary(leaf.reader(), IndexFields.HEADLINE_WORDS);
            String lang =
                    langs.advanceExact(doc) ? langs.lookupOrd(langs.ordValue()).utf8ToString() : "";
            long published = times.advanceExact(doc) ? times.longValue() : 0;
            int[] words = headlines.advanceExact(doc) ? HeadlineWords.decode(headlines.binaryValue()) : new int[0];
            Seen same = null;
            for (Seen seen : fold ? kept : List.<Seen>of()) {
                if (seen.lang().equals(lang)
                        && Math.abs(seen.published() - published) <= WINDOW_MILLIS
                        && HeadlineWords.similarity(seen.words(), words) >= SIMILARITY) {
                    same = seen;
                    break;
                }
            }
            if (same != null) {
                same.group().folded().add(hit);
            } else {
                kept.add(new Seen(new Group(hit, new ArrayList<>()), lang, published, words));
            }
        }
        return kept.stream().map(Seen::group).toList();
    }

    /** Whether every hit given so far has been looked at. */
    boolean exhausted(ScoreDoc[] ranked) {
        return next >= ranked.length;
    }
}

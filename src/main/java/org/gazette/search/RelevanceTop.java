package org.gazette.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best matches by relevance: the text's score times the {@link RecencyBoost} factor, ties broken
 * by the newer story, then the higher id, so the order, and so every page, is stable.
 *
 * <p>The factor is worked out only for the matches that are collected, and since it is never more than
 * {@link RecencyBoost#MAX_FACTOR}, a match whose text score is below the weakest one kept divided by
 * that factor can never get in. The scorer is told so, which lets Lucene skip whole blocks of weak
 * matches (block-max WAND) instead of scoring every match of a common word. The order is exactly the
 * one a recency-boosted score over every match would give.
 *
 * <p>Beside {@link FacetCounts} in one pass over the matches, the bound cannot make Lucene skip any
 * (every match is counted), but it still spares the weak ones the work of ranking.
 */
final class RelevanceTop implements CollectorManager<RelevanceTop.Top, ScoreDoc[]> {

    /** Rounding slack for the bound: a text score this close to it is still looked at. */
    private static final double SLACK = 1e-5;

    private final int size;
    private final long now;
    private final BytesRef lang;

    /** The best {@code size} matches; {@code lang}, a language code, keeps to that language (null: any). */
    RelevanceTop(int size, long now, String lang) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        this.size = size;
        this.now = now;
        this.lang = lang == null ? null : new BytesRef(lang);
    }

    /** A collected match. */
    private record Ranked(int doc, float score, long published, long id) {}

    /** Whether {@code a} ranks below {@code b}. */
    private static boolean below(Ranked a, Ranked b) {
        if (a.score() != b.score()) {
            return a.score() < b.score();
        }
        if (a.published() != b.published()) {
            return a.published() < b.published();
        }
        return a.id() < b.id();
    }

    private static final class Queue extends PriorityQueue<Ranked> {
        Queue(int size) {
            super(size);
        }

        @Override
        protected boolean lessThan(Ranked a, Ranked b) {
            return below(a, b);
        }
    }

    @Override
    public Top newCollector() {
        return new Top(size, now, lang);
    }

    @Override
    public ScoreDoc[] reduce(Collection<Top> collectors) {
        Queue merged = new Queue(size);
        for (Top top : collectors) {
            for (Ranked ranked : top.queue) {
                merged.insertWithOverflow(ranked);
            }
        }
        ScoreDoc[] best = new ScoreDoc[merged.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            Ranked ranked = merged.pop();
            best[i] = new ScoreDoc(ranked.doc(), ranked.score());
        }
        return best;
    }

    /** Collects the best matches of the segments it is given. */
    static final class Top implements Collector {
        private final Queue queue;
        private final int size;
        private final long now;
        private final BytesRef lang;
        /** Text scores below this cannot make the queue any more. */
        private float bound = Float.NEGATIVE_INFINITY;

        Top(int size, long now, BytesRef lang) {
            this.queue = new Queue(size);
            this.size = size;
            this.now = now;
            this.lang = lang;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues published = DocValues.getNumeric(context.reader(), IndexFields.PUBLISHED);
            NumericDocValues ids = DocValues.getNumeric(context.reader(), IndexFields.ID);
            SortedDocValues langs = DocValues.getSorted(context.reader(), IndexFields.LANG);
            int wantedLang = lang == null ? -1 : langs.lookupTerm(lang);
            if (lang != null && wantedLang < 0) {
                throw new CollectionTerminatedException(); // nothing in this segment is in that language
            }
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (bound > Float.NEGATIVE_INFINITY) {
                        scorer.setMinCompetitiveScore(bound);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    float text = scorer.score();
                    if (text < bound) {
                        return;
                    }
                    if (wantedLang >= 0 && (!langs.advanceExact(doc) || langs.ordValue() != wantedLang)) {
                        return;
                    }
                    boolean dated = published.advanceExact(doc);
                    long time = dated ? published.longValue() : 0;
                    double factor = dated ? RecencyBoost.factor(now - time) : 1;
                    long id = ids.advanceExact(doc) ? ids.longValue() : 0;
                    Ranked ranked = new Ranked(base + doc, (float) (text * factor), time, id);
                    if (queue.size() < size) {
                        queue.add(ranked);
                    } else if (below(queue.top(), ranked)) {
                        queue.updateTop(ranked);
                    } else {
                        return;
                    }
                    if (queue.size() == size) {
                        float weakest = (float) (queue.top().score() / (RecencyBoost.MAX_FACTOR * (1 + SLACK)));
                        if (weakest > bound) {
                            bound = weakest;
                            scorer.setMinCompetitiveScore(bound);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}

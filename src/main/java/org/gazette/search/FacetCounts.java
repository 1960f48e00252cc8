package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Counts every matching document per language, section, source, tag and year, straight from doc
 * values and exactly: per segment into arrays indexed by the segment's ordinals (a few array increments
 * a match, whatever the number of distinct values), then added up per reader-wide ordinal
 * ({@link FacetOrdinals}), so only the values shown are ever read as text.
 *
 * <p>A search limited to one language counts the matches of every language (so a reader can switch)
 * and the other facets for that language's matches only: one pass over the matches of the query
 * without its language filter instead of two.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Counts> {

    private final FacetOrdinals ordinals;
    private final String lang;

    /**
     * Languages over every match, the other facets over the matches in {@code lang} (a language code;
     * null for every match).
     */
    FacetCounts(FacetOrdinals ordinals, String lang) {
        this.ordinals = ordinals;
        this.lang = lang;
    }

    @Override
    public Counter newCollector() {
        return new Counter(lang);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(FacetOrdinals.SINGLE);
        fields.addAll(FacetOrdinals.MULTI);
        for (String field : fields) {
            totals.put(field, new long[ordinals.valueCount(field)]);
        }
        for (Counter counter : counters) {
            for (Segment segment : counter.segments) {
                for (int f = 0; f < fields.size(); f++) {
                    int[] counts = segment.counts[f];
                    long[] total = totals.get(fields.get(f));
                    LongValues global = ordinals.global(fields.get(f), segment.leaf);
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            total[(int) global.get(ord)] += counts[ord];
                        }
                    }
                }
            }
        }
        return new Counts(ordinals, totals);
    }

    /** The counts per value of every facet field, by reader-wide ordinal. */
    static final class Counts {
        private final FacetOrdinals ordinals;
        private final Map<String, long[]> counts;

        private Counts(FacetOrdinals ordinals, Map<String, long[]> counts) {
            this.ordinals = ordinals;
            this.counts = counts;
        }

        /**
         * The {@code limit} values of the field with the highest counts (ties: the value first in byte
         * order), as value and count, most first; values with no match are left out.
         */
        List<Map.Entry<String, Long>> top(String field, int limit) throws IOException {
            long[] byOrd = counts.get(field);
            List<Integer> ords = new ArrayList<>();
            for (int ord = 0; ord < byOrd.length; ord++) {
                if (byOrd[ord] > 0) {
                    ords.add(ord);
                }
            }
            // ordinals follow the values' byte order, so sorting them breaks ties the same way
            ords.sort((a, b) -> byOrd[a] != byOrd[b] ? Long.compare(byOrd[b], byOrd[a]) : Integer.compare(a, b));
            List<Map.Entry<String, Long>> top = new ArrayList<>();
            for (int ord : ords.subList(0, Math.min(limit, ords.size()))) {
                top.add(Map.entry(ordinals.value(field, ord), byOrd[ord]));
            }
            return top;
        }

        /** The sum of the field's counts: for the language, how many documents matched. */
        long sum(String field) {
            long sum = 0;
            for (long count : counts.get(field)) {
                sum += count;
            }
            return sum;
        }
    }

    /**
     * The counts of one segment, by the segment's ordinals; fields as {@link FacetOrdinals#SINGLE}, then
     * {@link FacetOrdinals#MULTI} (tags, entities).
     */
    private static final class Segment {
        final int leaf;
        final SortedDocValues[] single = new SortedDocValues[FacetOrdinals.SINGLE.size()];
        final SortedSetDocValues[] multi = new SortedSetDocValues[FacetOrdinals.MULTI.size()];
        final int[][] counts = new int[FacetOrdinals.SINGLE.size() + FacetOrdinals.MULTI.size()][];

        Segment(LeafReaderContext context) throws IOException {
            leaf = context.ord;
            for (int f = 0; f < single.length; f++) {
                single[f] = DocValues.getSorted(context.reader(), FacetOrdinals.SINGLE.get(f));
                counts[f] = new int[single[f].getValueCount()];
            }
            for (int f = 0; f < multi.length; f++) {
                multi[f] = DocValues.getSortedSet(context.reader(), FacetOrdinals.MULTI.get(f));
                counts[single.length + f] = new int[Math.toIntExact(multi[f].getValueCount())];
            }
        }
    }

    static final class Counter implements Collector {
        final List<Segment> segments = new ArrayList<>();
        private final BytesRef lang;

        Counter(String lang) {
            this.lang = lang == null ? null : new BytesRef(lang);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = new Segment(context);
            segments.add(segment);
            SortedDocValues langs = segment.single[0];
            int[] langCounts = segment.counts[0];
            // the segment's ordinal of the language whose matches get the other facets: -1 for every
            // match, -2 for none (no document of this segment is in that language)
            int ord = lang == null ? -1 : langs.lookupTerm(lang);
            int within = lang == null ? -1 : ord >= 0 ? ord : -2;
            int others = segment.single.length;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (langs.advanceExact(doc)) {
                        int docLang = langs.ordValue();
                        langCounts[docLang]++;
                        if (within != -1 && docLang != within) {
                            return;
                        }
                    } else if (within != -1) {
                        return;
                    }
                    for (int f = 1; f < others; f++) {
                        SortedDocValues values = segment.single[f];
                        if (values.advanceExact(doc)) {
                            segment.counts[f][values.ordValue()]++;
                        }
                    }
                    for (int f = 0; f < segment.multi.length; f++) {
                        SortedSetDocValues values = segment.multi[f];
                        if (values.advanceExact(doc)) {
                            int[] multiCounts = segment.counts[others + f];
                            for (int i = 0; i < values.docValueCount(); i++) {
                                multiCounts[(int) values.nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}

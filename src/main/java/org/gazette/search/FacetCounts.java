package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

/**
 * Counts every matching document per language, section, source, tag and year, straight from doc
 * values: per segment into arrays indexed by ordinal, turned into values once at the end, so counting
 * costs a few array increments per hit whatever the number of distinct values.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

    /** Single-valued facets: one value per document at most. */
    private static final List<String> SINGLE = List.of(IndexFields.LANG, IndexFields.SECTION, IndexFields.SOURCE,
            IndexFields.YEAR);

    private final List<String> single;
    private final boolean tags;

    private FacetCounts(List<String> single, boolean tags) {
        this.single = single;
        this.tags = tags;
    }

    /** Every facet. */
    static FacetCounts all() {
        return new FacetCounts(SINGLE, true);
    }

    /** Languages only: for counting the other languages when the results are limited to one. */
    static FacetCounts languages() {
        return new FacetCounts(List.of(IndexFields.LANG), false);
    }

    @Override
    public Counter newCollector() {
        return new Counter(single, tags);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> totals = new HashMap<>();
        for (Counter counter : counters) {
            for (Segment segment : counter.segments) {
                segment.addTo(totals);
            }
        }
        return totals;
    }

    /** The counts of one segment. */
    private static final class Segment {
        final List<String> fields;
        final SortedDocValues[] single;
        final int[][] singleCounts;
        SortedSetDocValues tags;
        int[] tagCounts = new int[0];

        Segment(List<String> fields) {
            this.fields = fields;
            this.single = new SortedDocValues[fields.size()];
            this.singleCounts = new int[fields.size()][];
        }

        void addTo(Map<String, Map<String, Long>> totals) throws IOException {
            for (int f = 0; f < fields.size(); f++) {
                Map<String, Long> values = totals.computeIfAbsent(fields.get(f), k -> new HashMap<>());
                for (int ord = 0; ord < singleCounts[f].length; ord++) {
                    if (singleCounts[f][ord] > 0) {
                        values.merge(single[f].lookupOrd(ord).utf8ToString(), (long) singleCounts[f][ord], Long::sum);
                    }
                }
            }
            if (tags == null) {
                return;
            }
            Map<String, Long> values = totals.computeIfAbsent(IndexFields.TAG, k -> new HashMap<>());
            for (int ord = 0; ord < tagCounts.length; ord++) {
                if (tagCounts[ord] > 0) {
                    values.merge(tags.lookupOrd(ord).utf8ToString(), (long) tagCounts[ord], Long::sum);
                }
            }
        }
    }

    static final class Counter implements Collector {
        final List<Segment> segments = new ArrayList<>();
        private final List<String> fields;
        private final boolean countTags;

        Counter(List<String> fields, boolean countTags) {
            this.fields = fields;
            this.countTags = countTags;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Segment segment = new Segment(fields);
            // lookups by ordinal work whatever position an iterator is at, so one instance serves both
            SortedDocValues[] iterators = segment.single;
            for (int f = 0; f < fields.size(); f++) {
                segment.single[f] = DocValues.getSorted(context.reader(), fields.get(f));
                segment.singleCounts[f] = new int[segment.single[f].getValueCount()];
            }
            SortedSetDocValues tagIterator = countTags ? DocValues.getSortedSet(context.reader(), IndexFields.TAG) : null;
            if (tagIterator != null) {
                segment.tags = tagIterator;
                segment.tagCounts = new int[(int) tagIterator.getValueCount()];
            }
            segments.add(segment);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < iterators.length; f++) {
                        if (iterators[f].advanceExact(doc)) {
                            segment.singleCounts[f][iterators[f].ordValue()]++;
                        }
                    }
                    if (tagIterator != null && tagIterator.advanceExact(doc)) {
                        for (int i = 0; i < tagIterator.docValueCount(); i++) {
                            segment.tagCounts[(int) tagIterator.nextOrd()]++;
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

package org.gazette.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A mild preference for recent stories: a factor from 1 + {@link #WEIGHT} for a story published now,
 * falling to half that extra after {@link #HALF_LIFE_DAYS} days, towards 1 for old ones. Mild on
 * purpose: it decides between comparable matches and never lifts a passing mention above a story about
 * the subject.
 */
final class RecencyBoost extends DoubleValuesSource {

    static final double WEIGHT = 0.2;
    static final double HALF_LIFE_DAYS = 90;
    private static final double DAY_MILLIS = 86_400_000.0;

    private final long now;

    RecencyBoost(long now) {
        this.now = now;
    }

    static double factor(long ageMillis) {
        double days = Math.max(0, ageMillis) / DAY_MILLIS;
        return 1 + WEIGHT * HALF_LIFE_DAYS / (HALF_LIFE_DAYS + days);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), IndexFields.PUBLISHED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = published.advanceExact(doc) ? factor(now - published.longValue()) : 1;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecencyBoost boost && boost.now == now;
    }

    @Override
    public String toString() {
        return "recency(now=" + now + ")";
    }
}

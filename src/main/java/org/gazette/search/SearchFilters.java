package org.gazette.search;

import java.time.Clock;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ShownDates;

/**
 * What a search is limited to, as filter clauses that match without scoring: for readers, published
 * stories dated in the shown range; then the language, section, tag, source and dates asked for.
 */
final class SearchFilters {

    private final Clock clock;

    SearchFilters(Clock clock) {
        this.clock = clock;
    }

    /** The filters of {@code request}, as one query of filter clauses only (see {@link #apply}). */
    Query of(SearchRequest request) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        if (request.scope() == SearchScope.READERS) {
            addPublic(filters);
        }
        if (request.lang() != null) {
            filters.add(new TermQuery(new Term(IndexFields.LANG, request.lang().code())), BooleanClause.Occur.FILTER);
        }
        addTerm(filters, IndexFields.SECTION, request.section());
        addTerm(filters, IndexFields.TAG, request.tag());
        addTerm(filters, IndexFields.SOURCE, request.source());
        addTerm(filters, IndexFields.ENTITY, request.entity());
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            filters.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return filters.build();
    }

    /** Limits {@code filters} to what readers may see: published stories dated in the shown range. */
    void addPublic(BooleanQuery.Builder filters) {
        filters.add(
                new TermQuery(new Term(IndexFields.STATUS, ArticleStatus.PUBLISHED.code())),
                BooleanClause.Occur.FILTER);
        // a story dated out of range, stored by an older version, is not public (ShownDates)
        ShownDates shown = ShownDates.at(clock);
        filters.add(
                LongPoint.newRangeQuery(
                        IndexFields.PUBLISHED,
                        shown.earliest().toEpochMilli(),
                        shown.latest().toEpochMilli()),
                BooleanClause.Occur.FILTER);
    }

    /** {@code text} limited by {@code filters} (made by {@link #of}). */
    static Query apply(Query text, Query filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        for (BooleanClause filter : ((BooleanQuery) filters).clauses()) {
            query.add(filter);
        }
        return query.build();
    }

    private static void addTerm(BooleanQuery.Builder filters, String field, String value) {
        if (value != null) {
            filters.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }
}

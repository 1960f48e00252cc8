package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The best matches {@link RelevanceTop} returns, though it skips matches that cannot make them, are
 * exactly those of boosting every match's score and sorting them all.
 */
class RelevanceTopTest {

    private static final long DAY = 86_400_000L;
    private static final String[] WORDS = {"oil", "gas", "bank", "court", "storm", "river", "vote", "port"};

    @Test
    void theBestMatchesAreThoseOfScoringAndBoostingEveryMatch() throws Exception {
        long now = 1_800_000_000_000L;
        Random random = new Random(7);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer =
                    new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(700))) {
                for (int id = 1; id <= 5_000; id++) {
                    Document doc = new Document();
                    doc.add(new TextField("headline", words(random, 3 + random.nextInt(5)), Field.Store.NO));
                    doc.add(new TextField("body", words(random, 20 + random.nextInt(200)), Field.Store.NO));
                    // whole days only, so that equal scores and equal dates both happen and ties are tried
                    doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, now - random.nextInt(2_000) * DAY));
                    doc.add(new NumericDocValuesField(IndexFields.ID, id));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Query query :
                        List.of(word("oil"), both("oil", "storm"), either("court", "vote"), either("river", "port"))) {
                    List<Ranked> all = everyMatch(searcher, query, now);
                    for (int size : new int[] {1, 20, 62, 500, all.size() + 10}) {
                        ScoreDoc[] top = searcher.search(query, new RelevanceTop(size, now, null));
                        assertThat(Arrays.stream(top).map(d -> d.doc).toList())
                                .as("%s, best %d", query, size)
                                .isEqualTo(all.stream()
                                        .limit(size)
                                        .map(Ranked::doc)
                                        .toList());
                    }
                }
            }
        }
    }

    private record Ranked(int doc, float score, long published, long id) {}

    /** The oracle: every match scored, boosted and sorted. */
    private static List<Ranked> everyMatch(IndexSearcher searcher, Query query, long now) throws Exception {
        TopDocs every =
                searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc hit : every.scoreDocs) {
            var leaves = searcher.getIndexReader().leaves();
            var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, leaves));
            var published = leaf.reader().getNumericDocValues(IndexFields.PUBLISHED);
            var ids = leaf.reader().getNumericDocValues(IndexFields.ID);
            published.advanceExact(hit.doc - leaf.docBase);
            ids.advanceExact(hit.doc - leaf.docBase);
            float score = (float) (hit.score * RecencyBoost.factor(now - published.longValue()));
            ranked.add(new Ranked(hit.doc, score, published.longValue(), ids.longValue()));
        }
        ranked.sort(Comparator.comparing(Ranked::score)
                .thenComparing(Ranked::published)
                .thenComparing(Ranked::id)
                .reversed());
        return ranked;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // a skewed choice: some words common, some rare
            text.append(WORDS[(int) (WORDS.length * Math.pow(random.nextDouble(), 2))])
                    .append(' ');
        }
        return text.toString();
    }

    private static Query word(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("headline", word)), 4f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", word)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query both(String a, String b) {
        return new BooleanQuery.Builder()
                .add(word(a), BooleanClause.Occur.MUST)
                .add(word(b), BooleanClause.Occur.MUST)
                .build();
    }

    private static Query either(String a, String b) {
        return new BooleanQuery.Builder()
                .add(word(a), BooleanClause.Occur.SHOULD)
                .add(word(b), BooleanClause.Occur.SHOULD)
                .build();
    }
}

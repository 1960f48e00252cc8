package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.gazette.search.IndexedArticle.Term;

/** Turns an {@link IndexedArticle} into its Lucene document (fields: {@link IndexFields}). */
final class ArticleDocuments {

    /** The spelling dictionary needs only which documents hold a word, not where or how often. */
    private static final FieldType WORDS_ONLY = new FieldType();

    /**
     * Text that snippets are cut from: stored, with character offsets in the postings, so highlighting
     * reads where the words are instead of analysing the text again for every result shown.
     */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
        WORDS_ONLY.setTokenized(true);
        WORDS_ONLY.setOmitNorms(true);
        WORDS_ONLY.freeze();
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private ArticleDocuments() {}

    static org.apache.lucene.index.Term key(long articleId) {
        return new org.apache.lucene.index.Term(IndexFields.ID, Long.toString(articleId));
    }

    static Document of(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(IndexFields.ID, article.id()));
        doc.add(new StoredField(IndexFields.EXTERNAL_ID, article.externalId()));
        doc.add(new StringField(IndexFields.LANG, article.lang().code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(
                IndexFields.LANG, new BytesRef(article.lang().code())));
        doc.add(new StringField(IndexFields.STATUS, article.status().code(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.SLUG, article.slug()));

        long published = article.publishedAt().toEpochMilli();
        doc.add(new LongPoint(IndexFields.PUBLISHED, published));
        doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, published));
        doc.add(new StoredField(IndexFields.PUBLISHED, published));
        String year = Integer.toString(article.year());
        doc.add(new SortedDocValuesField(IndexFields.YEAR, new BytesRef(year)));

        if (article.section() != null) {
            doc.add(new StringField(IndexFields.SECTION, article.section().slug(), Field.Store.NO));
            doc.add(new StoredField(IndexFields.SECTION, article.section().docValue()));
            doc.add(new SortedDocValuesField(
                    IndexFields.SECTION, new BytesRef(article.section().docValue())));
        }
        if (article.source() != null) {
            doc.add(new StringField(IndexFields.SOURCE, article.source().slug(), Field.Store.NO));
            doc.add(new StoredField(IndexFields.SOURCE, article.source().docValue()));
            doc.add(new SortedDocValuesField(
                    IndexFields.SOURCE, new BytesRef(article.source().docValue())));
        }
        for (Term tag : article.tags()) {
            doc.add(new StringField(IndexFields.TAG, tag.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(IndexFields.TAG, new BytesRef(tag.docValue())));
        }
        for (Term entity : article.entities()) {
            doc.add(new StringField(IndexFields.ENTITY, entity.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(IndexFields.ENTITY, new BytesRef(entity.docValue())));
        }
        for (Term author : article.authors()) {
            doc.add(new StringField(IndexFields.AUTHOR, author.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(IndexFields.AUTHOR, new BytesRef(author.docValue())));
        }

        String dek = article.dek() == null ? "" : article.dek();
        doc.add(new Field(IndexFields.headline(article.lang()), article.headline(), HIGHLIGHTED));
        if (!dek.isEmpty()) {
            doc.add(new TextField(IndexFields.dek(article.lang()), dek, Field.Store.YES));
        }
        List<String> names = new ArrayList<>();
        article.tags().forEach(t -> names.add(t.name()));
        article.authors().forEach(a -> names.add(a.name()));
        if (article.source() != null) {
            names.add(article.source().name());
        }
        String termText = String.join(" . ", names);
        if (!termText.isEmpty()) {
            doc.add(new TextField(IndexFields.terms(article.lang()), termText, Field.Store.NO));
        }
        doc.add(new Field(IndexFields.body(article.lang()), article.bodyText(), HIGHLIGHTED));
        doc.add(new TextField(
                IndexFields.FOLD_HEAD, article.headline() + " . " + dek + " . " + termText, Field.Store.NO));
        // names in the text, for readers who type them without accents: the accented words only, which
        // keeps the field small and out of the way of everyday words
        doc.add(new TextField(IndexFields.FOLD_BODY, SearchAnalyzers.accentedWords(article.bodyText())));
        // the spelling dictionary is drawn from headlines and deks: the words a story is found by, and
        // a third of the cost of indexing every body word once more
        doc.add(new Field(IndexFields.SPELL, article.headline() + " . " + dek, WORDS_ONLY));
        return doc;
    }
}

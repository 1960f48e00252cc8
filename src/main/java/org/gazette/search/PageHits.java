package org.gazette.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.gazette.article.ArticleStatus;
import org.gazette.text.Language;

/**
 * Turns a page of ranked groups into {@link SearchHit}s: each lead's stored fields read once, its
 * headline and snippet highlighted, the sources of the reports folded into it named, and, for readers,
 * a last check with the database that every story shown is still published.
 */
final class PageHits {

    private final IndexSource database;
    private final HitHighlighter highlighter;

    PageHits(IndexSource database, HitHighlighter highlighter) {
        this.database = database;
        this.highlighter = highlighter;
    }

    List<SearchHit> of(
            IndexSearcher searcher,
            SearchRequest request,
            List<Language> languages,
            Query text,
            List<NearDuplicates.Group> page)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> shown = new HashSet<>(List.of(
                IndexFields.ID,
                IndexFields.EXTERNAL_ID,
                IndexFields.LANG,
                IndexFields.SLUG,
                IndexFields.STATUS,
                IndexFields.PUBLISHED,
                IndexFields.SECTION,
                IndexFields.SOURCE));
        languages.forEach(lang -> {
            shown.add(IndexFields.headline(lang));
            shown.add(IndexFields.body(lang));
        });
        // each result's stored fields are read, and decompressed, once: with the body the highlighter needs
        StoredFields stored = searcher.storedFields();
        List<Document> documents = new ArrayList<>();
        int[] docIds = new int[page.size()];
        for (int i = 0; i < page.size(); i++) {
            docIds[i] = page.get(i).lead().doc;
            documents.add(stored.document(docIds[i], shown));
        }
        Set<Long> published = request.scope() == SearchScope.READERS
                ? database.publishedAmong(documents.stream()
                        .map(d -> Long.parseLong(d.get(IndexFields.ID)))
                        .toList())
                : null;
        HitHighlighter.Highlights highlights = highlighter.highlight(searcher, text, languages, docIds, documents);

        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Document doc = documents.get(i);
            long id = Long.parseLong(doc.get(IndexFields.ID));
            if (published != null && !published.contains(id)) {
                continue;
            }
            Language lang = Language.of(doc.get(IndexFields.LANG));
            String headline = highlights.headlines()[i];
            String snippet = highlights.snippets()[i];
            IndexedArticle.Term section = term(doc.get(IndexFields.SECTION));
            IndexedArticle.Term source = term(doc.get(IndexFields.SOURCE));
            hits.add(new SearchHit(
                    id,
                    doc.get(IndexFields.EXTERNAL_ID),
                    lang,
                    doc.get(IndexFields.SLUG),
                    headline == null ? HitHighlighter.escape(doc.get(IndexFields.headline(lang))) : headline,
                    snippet == null ? "" : snippet,
                    Instant.ofEpochMilli(
                            doc.getField(IndexFields.PUBLISHED).numericValue().longValue()),
                    section == null ? null : section.slug(),
                    section == null ? null : section.name(),
                    source == null ? null : source.name(),
                    ArticleStatus.fromCode(doc.get(IndexFields.STATUS)),
                    alsoFrom(searcher, page.get(i), source)));
        }
        return hits;
    }

    /** The other sources whose reports were folded into the group, each named once. */
    private static List<String> alsoFrom(IndexSearcher searcher, NearDuplicates.Group group, IndexedArticle.Term source)
            throws IOException {
        List<String> alsoFrom = new ArrayList<>();
        for (ScoreDoc folded : group.folded()) {
            IndexedArticle.Term other = term(sourceOf(searcher, folded.doc));
            if (other != null
                    && !alsoFrom.contains(other.name())
                    && (source == null || !other.name().equals(source.name()))) {
                alsoFrom.add(other.name());
            }
        }
        return List.copyOf(alsoFrom);
    }

    /** A document's source, from doc values: no stored fields to decompress for a name. */
    private static String sourceOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues sources = DocValues.getSorted(leaf.reader(), IndexFields.SOURCE);
        return sources.advanceExact(doc - leaf.docBase)
                ? sources.lookupOrd(sources.ordValue()).utf8ToString()
                : null;
    }

    private static IndexedArticle.Term term(String docValue) {
        return docValue == null ? null : IndexedArticle.Term.fromDocValue(docValue);
    }
}

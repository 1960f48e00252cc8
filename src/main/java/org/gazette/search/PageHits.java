package org.gazette.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.gazette.article.ArticleStatus;
import org.gazette.cluster.StoryClusters;
import org.gazette.text.Language;

/**
 * Turns a page of ranked groups into {@link SearchHit}s: each lead's stored fields read once, its
 * headline and snippet highlighted, and, for readers, the agencies of the other reports of its story
 * cluster named ({@link StoryClusters}) and a last check with the database that every story shown is still
 * published.
 */
final class PageHits {

    private final IndexSource database;
    private final HitHighlighter highlighter;
    private final StoryClusters clusters;

    PageHits(IndexSource database, HitHighlighter highlighter, StoryClusters clusters) {
        this.database = database;
        this.highlighter = highlighter;
        this.clusters = clusters;
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
        List<Long> ids = documents.stream()
                .map(d -> Long.parseLong(d.get(IndexFields.ID)))
                .toList();
        boolean readers = request.scope() == SearchScope.READERS;
        Set<Long> published = readers ? database.publishedAmong(ids) : null;
        Map<Long, List<String>> otherSources = readers ? clusters.otherSources(ids) : Map.of();
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
                    List.copyOf(otherSources.getOrDefault(id, List.of()))));
        }
        return hits;
    }

    private static IndexedArticle.Term term(String docValue) {
        return docValue == null ? null : IndexedArticle.Term.fromDocValue(docValue);
    }
}

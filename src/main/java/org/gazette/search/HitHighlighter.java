package org.gazette.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.gazette.text.Language;

/**
 * Marks the words a query matched in the hits of a page: headlines are shown whole, bodies as the
 * passage of about two hundred characters that matches best, each hit in its own language's fields
 * only. Everything else in the text is HTML-escaped.
 */
final class HitHighlighter {

    private static final int SNIPPET_LENGTH = 220;
    private static final int HIGHLIGHT_MAX_LENGTH = 10_000;

    /** Per hit of the page, in its order: the highlighted headline and snippet, null where nothing matched. */
    record Highlights(String[] headlines, String[] snippets) {}

    private final Analyzer analyzer;

    HitHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The highlights of the page's hits ({@code docIds}, whose stored fields are {@code documents}, in the
     * same order) for the query {@code text}, looked for in the fields of {@code languages}.
     */
    Highlights highlight(
            IndexSearcher searcher, Query text, List<Language> languages, int[] docIds, List<Document> documents)
            throws IOException {
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], documents.get(i));
        }
        String[] headlines = new String[docIds.length];
        String[] snippets = new String[docIds.length];
        UnifiedHighlighter highlighter = highlighter(searcher, byDoc);
        for (Language lang : languages) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < docIds.length; i++) {
                if (lang.code().equals(documents.get(i).get(IndexFields.LANG))) {
                    positions.add(i);
                }
            }
            if (positions.isEmpty()) {
                continue;
            }
            int[] ofLanguage = positions.stream().mapToInt(i -> docIds[i]).toArray();
            Map<String, String[]> highlights = highlighter.highlightFields(
                    new String[] {IndexFields.headline(lang), IndexFields.body(lang)}, text, ofLanguage, new int[] {1, 1
                    });
            for (int j = 0; j < positions.size(); j++) {
                headlines[positions.get(j)] = highlights.get(IndexFields.headline(lang))[j];
                snippets[positions.get(j)] = highlights.get(IndexFields.body(lang))[j];
            }
        }
        return new Highlights(headlines, snippets);
    }

    /** The text comes from the documents already read for the page ({@code loaded}, by doc id). */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, Document> loaded) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                // matching term by term in the field shown is enough for a snippet, and much cheaper than
                // asking the whole multi-field query where it matched
                .withWeightMatches(false);
        return new UnifiedHighlighter(builder) {
            @Override
            protected OffsetSource getOffsetSource(String field) {
                // every highlighted field has offsets in its postings (ArticleDocuments): saying so spares
                // merging the field infos of every segment to find out, for each search
                return OffsetSource.POSTINGS;
            }

            @Override
            protected BreakIterator getBreakIterator(String field) {
                if (field.startsWith("headline_")) {
                    return new WholeBreakIterator();
                }
                // a full stop is sentence enough for a snippet, and far cheaper than Unicode sentence rules
                return LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('.'), SNIPPET_LENGTH, 0.5f);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = loaded.get(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = document == null ? null : document.get(fields[f]);
                        // as much as the highlighter would read itself
                        texts[f] = text == null
                                ? ""
                                : text.length() > HIGHLIGHT_MAX_LENGTH ? text.substring(0, HIGHLIGHT_MAX_LENGTH) : text;
                    }
                    values.add(texts);
                }
                return values;
            }
        };
    }

    /** Text shown as it is, where no word matched: escaped like the highlighter's own output. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }
}

package org.gazette.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.gazette.text.Language;

/**
 * "Did you mean": each word of three letters or more that no story contains is replaced by the
 * closest word that stories do contain. The respelled query is offered only if it finds more
 * (published, for readers), so a suggestion never leads to an empty page or reveals a draft.
 */
final class DidYouMean {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{3,}");

    private final Analyzer analyzer;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    DidYouMean(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The respelled text of {@code request}, or null when no word was respelled or the respelling finds
     * no more than the {@code found} stories the text found within {@code filters}.
     */
    String respell(IndexSearcher searcher, SearchRequest request, List<Language> languages, Query filters, long found)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        String original = request.text().value();
        Matcher words = WORD.matcher(original);
        StringBuilder respelled = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(
                    request.lang() != null && request.lang().code().equals("az")
                            ? Locale.forLanguageTag("az")
                            : Locale.ROOT);
            Term term = new Term(IndexFields.SPELL, lower);
            String replacement = word;
            if (reader.docFreq(term) == 0) {
                SuggestWord[] suggestions =
                        spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            words.appendReplacement(respelled, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(respelled);
        if (!changed) {
            return null;
        }
        String candidate = respelled.toString();
        Query text = TextQuery.parse(analyzer, languages, candidate);
        int better = searcher.count(SearchFilters.apply(text, filters));
        return better > found ? candidate : null;
    }
}

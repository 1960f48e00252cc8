package org.gazette.search;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each word with the stems a stemmer gives it, the first in its place and the others stacked
 * on the same position: a document is found by any of them, a query word matches any of its stems,
 * and phrases still line up. Words marked as keywords are left as they are.
 */
final class StackedStemsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Function<String, List<String>> stemmer;
    private AttributeSource.State pendingState;
    private List<String> pending = List.of();
    private int next;

    /** {@code stemmer}: a word's stems, never empty. */
    StackedStemsFilter(TokenStream input, Function<String, List<String>> stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            restoreState(pendingState);
            term.setEmpty().append(pending.get(next++));
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            pending = List.of();
            return true;
        }
        List<String> stems = stemmer.apply(term.toString());
        term.setEmpty().append(stems.get(0));
        pending = stems;
        next = 1;
        if (stems.size() > 1) {
            pendingState = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
        pendingState = null;
    }
}

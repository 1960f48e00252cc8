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
 * Replaces each word with its variants (the stems a stemmer gives it, the spellings {@link NameFolding}
 * folds it to), the first in its place and the others stacked on the same position: a document is
 * found by any of them, a query word matches any of its variants, and phrases still line up. Words
 * marked as keywords are left as they are.
 */
final class StackedVariantsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Function<String, List<String>> variants;
    private AttributeSource.State pendingState;
    private List<String> pending = List.of();
    private int next;

    /** {@code variants}: a word's variants, never empty. */
    StackedVariantsFilter(TokenStream input, Function<String, List<String>> variants) {
        super(input);
        this.variants = variants;
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
        List<String> forms = variants.apply(term.toString());
        term.setEmpty().append(forms.get(0));
        pending = forms;
        next = 1;
        if (forms.size() > 1) {
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

package org.gazette.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each token with its {@link NameFolding} spellings; further spellings are stacked on the same
 * position, so a phrase query still lines up and a query word that folds two ways matches either.
 */
final class NameFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pendingState;
    private List<String> pending = List.of();
    private int next;

    NameFoldingFilter(TokenStream input) {
        super(input);
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
        List<String> spellings = NameFolding.fold(term);
        term.setEmpty().append(spellings.get(0));
        pending = spellings;
        next = 1;
        if (spellings.size() > 1) {
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

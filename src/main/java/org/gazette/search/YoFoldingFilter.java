package org.gazette.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Reads ё as е (lower-cased text): Russian writes the two dots rarely, and a reader may type either. */
final class YoFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            }
        }
        return true;
    }
}

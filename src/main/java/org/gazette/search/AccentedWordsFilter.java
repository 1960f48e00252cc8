package org.gazette.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the words with a Latin letter outside ASCII ({@code Əliyev}, {@code Şəki}, {@code Gödəkboz}):
 * the ones a reader may type without their accents. The positions of the words dropped are kept, so a
 * phrase only matches words that stood together.
 */
final class AccentedWordsFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AccentedWordsFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c > 0x7f && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reader's text is plain ASCII: typed without accents, so worth matching folded words. */
    static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}

package org.gazette.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.gazette.text.SearchCharacters;

/**
 * Feeds an analyzer the text as {@link SearchCharacters} reads it, and maps the offsets of the
 * normalized text back to the original, so highlighting marks the words the reader sees.
 */
final class NormalizingCharFilter extends BaseCharFilter {

    private String normalized;
    private int position;

    NormalizingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (normalized == null) {
            normalized = normalizeAll();
        }
        if (position >= normalized.length()) {
            return -1;
        }
        int count = Math.min(len, normalized.length() - position);
        normalized.getChars(position, position + count, cbuf, off);
        position += count;
        return count;
    }

    private String normalizeAll() throws IOException {
        String text = readAll();
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int diff = 0;
        while (start < text.length()) {
            int end = SearchCharacters.clusterEnd(text, start);
            out.append(SearchCharacters.normalizeCluster(text.substring(start, end)));
            int newDiff = end - out.length();
            if (newDiff != diff) {
                // from here on, an offset in the normalized text is this far from the original one
                addOffCorrectMap(out.length(), newDiff);
                diff = newDiff;
            }
            start = end;
        }
        return out.toString();
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}

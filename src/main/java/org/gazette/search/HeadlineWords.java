package org.gazette.search;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.util.BytesRef;

/**
 * The distinct words of a headline, as sorted hashes, and how alike two headlines are (Jaccard index).
 * The same story sent by several agencies comes with a word dropped or two swapped, or a toll updated;
 * its headlines share most of their words while different stories rarely do.
 */
final class HeadlineWords {

    private HeadlineWords() {}

    static int[] of(String headline) {
        TreeSet<Integer> hashes = new TreeSet<>();
        for (String word : headline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            // short words are mostly articles and prepositions; they would make any two headlines alike
            if (word.length() >= 3 || (!word.isEmpty() && Character.isDigit(word.charAt(0)))) {
                hashes.add(word.hashCode());
            }
        }
        return hashes.stream().mapToInt(Integer::intValue).toArray();
    }

    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    static BytesRef encode(int[] words) {
        ByteBuffer buffer = ByteBuffer.allocate(words.length * Integer.BYTES);
        for (int word : words) {
            buffer.putInt(word);
        }
        return new BytesRef(buffer.array());
    }

    static int[] decode(BytesRef bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int[] words = new int[bytes.length / Integer.BYTES];
        for (int i = 0; i < words.length; i++) {
            words[i] = buffer.getInt();
        }
        return words;
    }
}

package org.gazette.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * Azerbaijani text: words split on Unicode rules, a suffix after an apostrophe dropped ({@code Bakı'da}
 * → {@code bakı}), lower-cased with the Turkic dotted and dotless i ({@code İ → i}, {@code I → ı}; ə, ö,
 * ü, ğ, ş, ç lower-case as usual), the commonest function words left out, and each word stacked with
 * its candidate stems ({@link AzerbaijaniStemmer}), so {@code Bakının}, {@code Bakıda} and {@code Bakı}
 * find one another.
 *
 * <p>A suffix written after a hyphen ({@code ABŞ-ın}, {@code 14-dən}) becomes a word
 * of its own when the text is split; such bare suffixes are dropped with the function words.
 */
final class AzerbaijaniAnalyzer extends Analyzer {

    /** Conjunctions, postpositions, pronouns and particles that say nothing about a story. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "və",
                    "ilə",
                    "da",
                    "də",
                    "ki",
                    "bu",
                    "o",
                    "bir",
                    "üçün",
                    "isə",
                    "həm",
                    "amma",
                    "lakin",
                    "ya",
                    "yaxud",
                    "hər",
                    "onun",
                    "onlar",
                    "onların",
                    "bunu",
                    "bunun",
                    "biz",
                    "siz",
                    "mən",
                    "sən",
                    "kimi",
                    "görə",
                    "sonra",
                    "əvvəl",
                    "qədər",
                    "üzrə",
                    "barədə",
                    "arasında",
                    "olan",
                    "olaraq",
                    "olub",
                    "edib",
                    "edir",
                    "olur",
                    "deyil",
                    "artıq",
                    "daha",
                    "çox",
                    "ən",
                    "belə",
                    "elə",
                    "nə",
                    "niyə",
                    "hansı",
                    "harada",
                    "necə",
                    "həmçinin",
                    "eyni",
                    "digər",
                    "başqa",
                    "öz",
                    "özü"),
            false));

    /**
     * Case suffixes that a hyphen cut off an abbreviation or a number: never words of their own. Not
     * {@code un}, which is also a word (flour).
     */
    private static final CharArraySet BARE_SUFFIXES = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "ın", "in", "ün", "nın", "nin", "nun", "nün", "a", "ə", "ya", "yə", "na", "nə", "ı", "i", "u", "ü",
                    "nı", "ni", "nu", "nü", "dan", "dən", "ndan", "ndən", "nda", "ndə", "la", "lə", "yla", "ylə", "cı",
                    "ci", "cu", "cü", "dakı", "dəki"),
            false));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ApostropheFilter(source);
        stream = new TurkishLowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new StopFilter(stream, BARE_SUFFIXES);
        stream = new StackedVariantsFilter(stream, AzerbaijaniStemmer::stems);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TurkishLowerCaseFilter(in);
    }
}

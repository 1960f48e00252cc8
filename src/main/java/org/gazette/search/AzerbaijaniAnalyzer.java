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
 * ü, ğ, ş, ç lower-case as usual), and the commonest function words left out.
 *
 * <p>No stemmer: Azerbaijani appends suffixes to an unchanged stem, and the suffix-strippers we tried
 * cut real words ({@code Rusiya}, {@code Kanada}) as eagerly as endings. Instead the query side matches a
 * word of four letters or more as a prefix as well (see {@link ReaderQueryParser}), which finds
 * {@code Bakıda}, {@code Bakının} and {@code Bakıya} for {@code Bakı}.
 */
final class AzerbaijaniAnalyzer extends Analyzer {

    /** Conjunctions, postpositions, pronouns and particles that say nothing about a story. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "və", "ilə", "da", "də", "ki", "bu", "o", "bir", "üçün", "isə", "həm", "amma", "lakin", "ya",
            "yaxud", "hər", "onun", "onlar", "onların", "bunu", "bunun", "biz", "siz", "mən", "sən",
            "kimi", "görə", "sonra", "əvvəl", "qədər", "üzrə", "barədə", "arasında", "olan", "olaraq", "olub",
            "edib", "edir", "olur", "deyil", "artıq", "daha", "çox", "ən", "belə", "elə", "nə", "niyə",
            "hansı", "harada", "necə", "həmçinin", "eyni", "digər", "başqa", "öz", "özü"), false));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ApostropheFilter(source);
        stream = new TurkishLowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TurkishLowerCaseFilter(in);
    }
}

package org.gazette.search;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.gazette.text.Language;

/**
 * The analysis of every indexed field, chosen by field name, used alike when indexing and when parsing
 * a query, so both sides always agree. Every text field first reads its characters through
 * {@link SearchCharacters} (Unicode compatibility forms as plain letters, symbols never as words):
 * <ul>
 * <li>English: Lucene's English analysis (possessives, stop words, Porter stemming);</li>
 * <li>Russian: {@link RussianMorphologyAnalyzer} (dictionary stems, surnames, ё as е, stop words);</li>
 * <li>Azerbaijani: {@link AzerbaijaniAnalyzer};</li>
 * <li>{@code fold_head}: lower-cased, stop words of all three languages dropped, then {@link NameFolding}
 *     and ASCII folding, so {@code Aliyev} finds {@code Əliyev};</li>
 * <li>{@code fold_body}: queried as {@code fold_head}; documents bring their own tokens, the body's
 *     accented words only ({@link #accentedWords});</li>
 * <li>{@code spell}: lower-cased words as written, the dictionary of "did you mean".</li>
 * </ul>
 */
final class SearchAnalyzers {

    /**
     * The version of the analysis, stored in every index generation ({@link SearchIndex#ANALYSIS}): an
     * index built with another version is rebuilt in the background when the site starts. Raise it with
     * every change that makes the same text give other tokens.
     * <ol>
     * <li>(no version stored) Snowball for Russian, no Azerbaijani stemming;</li>
     * <li>Russian dictionary stems and surnames, Azerbaijani stems.</li>
     * </ol>
     */
    static final String VERSION = "2";

    private SearchAnalyzers() {}

    static Analyzer forLanguage(Language lang) {
        return switch (lang.code()) {
            case "en" -> new EnglishAnalyzer();
            case "ru" -> new RussianMorphologyAnalyzer();
            case "az" -> new AzerbaijaniAnalyzer();
            default -> throw new IllegalArgumentException("no analysis for language " + lang);
        };
    }

    /** One analyzer for the whole index; it picks each field's analysis by the field's name. */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Language lang : IndexFields.languages()) {
            Analyzer analyzer = forLanguage(lang);
            fields.put(IndexFields.headline(lang), analyzer);
            fields.put(IndexFields.dek(lang), analyzer);
            fields.put(IndexFields.terms(lang), analyzer);
            fields.put(IndexFields.body(lang), analyzer);
        }
        Analyzer folding = folding();
        fields.put(IndexFields.FOLD_HEAD, folding);
        // queries fold every word; documents bring their own tokens, accented words only (accentedWords)
        fields.put(IndexFields.FOLD_BODY, folding);
        fields.put(IndexFields.SPELL, spelling());
        return normalizing(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields));
    }

    /**
     * Every text field reads its characters through {@link SearchCharacters}, for stories and queries
     * alike: a sign the two sides read differently makes a query find nothing ("№" once did).
     */
    private static Analyzer normalizing(Analyzer fields) {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fields;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new NormalizingCharFilter(reader);
            }

            @Override
            protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
                return new NormalizingCharFilter(reader);
            }
        };
    }

    /** The stop words of all three languages: the folded fields serve every language at once. */
    static final CharArraySet ALL_STOP_WORDS = allStopWords();

    private static CharArraySet allStopWords() {
        CharArraySet stopWords = new CharArraySet(256, false);
        stopWords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stopWords.addAll(RussianAnalyzer.getDefaultStopSet());
        stopWords.addAll(AzerbaijaniAnalyzer.STOP_WORDS);
        return CharArraySet.unmodifiableSet(stopWords);
    }

    static Analyzer folding() {
        CharArraySet stop = ALL_STOP_WORDS;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stop);
                stream = new StackedVariantsFilter(stream, NameFolding::fold);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * A text's words with accented Latin letters, folded as {@link #folding()} folds them, as a token
     * stream for {@link IndexFields#FOLD_BODY}: built for each document, so nothing is shared.
     */
    static TokenStream accentedWords(String text) {
        StandardTokenizer source = new StandardTokenizer();
        source.setReader(new NormalizingCharFilter(new StringReader(text)));
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, ALL_STOP_WORDS);
        stream = new AccentedWordsFilter(stream);
        stream = new StackedVariantsFilter(stream, NameFolding::fold);
        return new ASCIIFoldingFilter(stream);
    }

    static Analyzer spelling() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}

package org.gazette.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Russian text: words split on Unicode rules, lower-cased, ё read as е, Lucene's Russian stop words left
 * out, and each word replaced by its stems ({@link RussianStems}: the dictionary's lemmas, or a
 * surname-aware rule for names it does not know), several stems stacked on one position.
 */
final class RussianMorphologyAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new YoFoldingFilter(stream);
        stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
        RussianStems stems = new RussianStems();
        stream = new StackedVariantsFilter(stream, stems::of);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new YoFoldingFilter(new LowerCaseFilter(in));
    }
}

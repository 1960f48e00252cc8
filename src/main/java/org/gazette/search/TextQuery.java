package org.gazette.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.gazette.text.Language;

/**
 * A reader's text as a query over the fields of the languages searched: the headline weighted above
 * tags and dek, which are above the body, and the ASCII-folded fields adding matches for names typed
 * without accents.
 */
final class TextQuery {

    private static final Map<String, Float> LANGUAGE_FIELD_WEIGHTS =
            Map.of("headline", 4f, "terms", 2.5f, "dek", 2f, "body", 1f);
    private static final float FOLD_HEAD_WEIGHT = 1.5f;
    private static final float FOLD_BODY_WEIGHT = 0.5f;

    private TextQuery() {}

    /** {@code text} as {@link ReaderQueryParser} reads it, over the weighted fields of {@code languages}. */
    static Query parse(Analyzer analyzer, List<Language> languages, String text) {
        return new ReaderQueryParser(analyzer, weights(languages)).parseReader(text);
    }

    private static Map<String, Float> weights(List<Language> languages) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (Language lang : languages) {
            weights.put(IndexFields.headline(lang), LANGUAGE_FIELD_WEIGHTS.get("headline"));
            weights.put(IndexFields.terms(lang), LANGUAGE_FIELD_WEIGHTS.get("terms"));
            weights.put(IndexFields.dek(lang), LANGUAGE_FIELD_WEIGHTS.get("dek"));
            weights.put(IndexFields.body(lang), LANGUAGE_FIELD_WEIGHTS.get("body"));
        }
        weights.put(IndexFields.FOLD_HEAD, FOLD_HEAD_WEIGHT);
        weights.put(IndexFields.FOLD_BODY, FOLD_BODY_WEIGHT);
        return weights;
    }
}

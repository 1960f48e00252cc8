package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads the query syntax readers use: words (all must match), {@code "a phrase"}, {@code -word} or
 * {@code -"a phrase"} to exclude, {@code OR} (or {@code |}) between alternatives, and parentheses.
 * Everything else is just text: {@code *}, {@code ~}, {@code +}, {@code field:} and the like have no
 * special meaning, and an unbalanced quote or parenthesis is ignored, so no input fails to parse.
 *
 * <p>Built on Lucene's {@link SimpleQueryParser}, which searches every weighted field for each word;
 * word forms are the analysis's business (see {@link SearchAnalyzers}).
 */
final class ReaderQueryParser extends SimpleQueryParser {

    private static final int FLAGS =
            OR_OPERATOR | NOT_OPERATOR | PHRASE_OPERATOR | PRECEDENCE_OPERATORS | WHITESPACE_OPERATOR;
    /** A phrase, possibly excluded; or a run of anything else that is not a space or a quote. */
    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"|([^\\s\"]+)");

    ReaderQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights, FLAGS);
        setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /** Parses reader syntax; a query with no searchable word matches nothing. */
    Query parseReader(String text) {
        String operators = toOperators(text);
        if (operators.isBlank()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        try {
            return parse(operators);
        } catch (RuntimeException e) {
            // not expected from this parser, but a reader's query must never fail: search the bare words
            return parse(text.replaceAll("[\"|()\\-]", " "));
        }
    }

    /**
     * Rewrites reader syntax into SimpleQueryParser operators: typographic quotes become straight ones,
     * a quote without a partner is dropped, {@code OR} becomes {@code |}, {@code AND} is the default
     * anyway, and {@code NOT word} becomes {@code -word}.
     */
    static String toOperators(String text) {
        String straight = text.replaceAll("[“”„«»‟″]", "\"");
        // alternatives joined by OR bind tighter than the words around them: a b OR c means a and (b or c)
        List<List<String>> groups = new ArrayList<>();
        Matcher m = PART.matcher(straight);
        boolean negateNext = false;
        boolean orNext = false;
        while (m.find()) {
            String part;
            if (m.group(3) == null) {
                String phrase = m.group(2).strip();
                if (phrase.isEmpty()) {
                    continue;
                }
                part = m.group(1) + "\"" + phrase + "\"";
            } else {
                part = m.group(3);
                switch (part) {
                    case "OR", "|" -> {
                        orNext = !groups.isEmpty();
                        continue;
                    }
                    case "AND" -> {
                        continue;
                    }
                    case "NOT" -> {
                        negateNext = true;
                        continue;
                    }
                    default -> {}
                }
            }
            if (negateNext && !part.startsWith("-")) {
                part = "-" + part;
            }
            negateNext = false;
            if (orNext) {
                groups.get(groups.size() - 1).add(part);
            } else {
                groups.add(new ArrayList<>(List.of(part)));
            }
            orNext = false;
        }
        List<String> parts = new ArrayList<>();
        for (List<String> group : groups) {
            parts.add(group.size() == 1 ? group.get(0) : "(" + String.join(" | ", group) + ")");
        }
        return String.join(" ", parts);
    }

    /**
     * Folded body words are searched only for text typed without accents: typed with them, it matches
     * the body's own fields, and the folded ones would only add work.
     */
    private boolean skip(String field, String text) {
        return field.equals(IndexFields.FOLD_BODY) && !AccentedWordsFilter.isAscii(text);
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            Query q = skip(entry.getKey(), text) ? null : createPhraseQuery(entry.getKey(), text, slop);
            if (q != null) {
                float weight = entry.getValue();
                fields.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
            }
        }
        return simplify(fields.build());
    }

    @Override
    protected Query newDefaultQuery(String text) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            if (skip(entry.getKey(), text)) {
                continue;
            }
            Query q = createBooleanQuery(entry.getKey(), text, getDefaultOperator());
            if (q != null) {
                float weight = entry.getValue();
                fields.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
            }
        }
        return simplify(fields.build());
    }
}

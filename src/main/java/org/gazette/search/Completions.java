package org.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.gazette.text.Language;

/**
 * Completions for what a reader is typing ({@link ArticleSearch#suggest}): stories readers may see
 * ({@link SearchFilters#addPublic}: published, dated in the shown range) of the language whose headline, dek or terms hold every finished word and a word beginning with the last,
 * letters folded as {@link NameFolding} folds them. Names (tags and authors) of the newest such stories
 * come first, then their headlines.
 */
final class Completions {

    private final SearchIndex index;
    private final SearchFilters filters;

    Completions(SearchIndex index, SearchFilters filters) {
        this.index = index;
        this.filters = filters;
    }

    List<Suggestion> of(String typed, Language lang, int limit) {
        String text = typed == null
                ? ""
                : SearchText.from(typed.length() > 200 ? typed.substring(0, 200) : typed)
                        .value();
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(NameFolding.fold(word).get(0));
            }
        }
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.LANG, lang.code())), BooleanClause.Occur.FILTER);
        // only what a reader's search finds: no name or headline of a story readers may not see
        filters.addPublic(query);
        for (int i = 0; i < words.size() - 1; i++) {
            // the folded fields leave stop words out, so a finished stop word cannot be required
            if (!SearchAnalyzers.ALL_STOP_WORDS.contains(words.get(i))) {
                query.add(new TermQuery(new Term(IndexFields.FOLD_HEAD, words.get(i))), BooleanClause.Occur.MUST);
            }
        }
        String prefix = words.get(words.size() - 1);
        query.add(new PrefixQuery(new Term(IndexFields.FOLD_HEAD, prefix)), BooleanClause.Occur.MUST);
        Query matching = query.build();
        return index.search(searcher -> {
            TopDocs newest = searcher.search(
                    matching, 200, new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true)));
            List<Suggestion> suggestions = new ArrayList<>(names(searcher, newest, words, lang, limit));
            for (ScoreDoc hit : newest.scoreDocs) {
                if (suggestions.size() >= limit) {
                    break;
                }
                Document doc =
                        searcher.storedFields().document(hit.doc, Set.of(IndexFields.SLUG, IndexFields.headline(lang)));
                suggestions.add(
                        new Suggestion("story", doc.get(IndexFields.headline(lang)), lang, doc.get(IndexFields.SLUG)));
            }
            return suggestions;
        });
    }

    /** Tags and authors of the matching stories whose names contain every word typed, most used first. */
    private static List<Suggestion> names(
            IndexSearcher searcher, TopDocs matching, List<String> words, Language lang, int limit) throws IOException {
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : matching.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            for (String kind : List.of(IndexFields.TAG, IndexFields.AUTHOR)) {
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), kind);
                if (!values.advanceExact(hit.doc - leaf.docBase)) {
                    continue;
                }
                for (int i = 0; i < values.docValueCount(); i++) {
                    String value = values.lookupOrd(values.nextOrd()).utf8ToString();
                    counts.computeIfAbsent(kind + IndexFields.SEPARATOR + value, k -> new long[1])[0]++;
                }
            }
        }
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                .reversed());
        List<Suggestion> names = new ArrayList<>();
        int wanted = Math.max(1, limit / 2);
        for (Map.Entry<String, long[]> entry : ranked) {
            if (names.size() >= wanted) {
                break;
            }
            String key = entry.getKey();
            int split = key.indexOf(IndexFields.SEPARATOR);
            String kind = key.substring(0, split);
            IndexedArticle.Term term = IndexedArticle.Term.fromDocValue(key.substring(split + 1));
            if (nameMatches(term.name(), words)) {
                names.add(new Suggestion(kind, term.name(), lang, term.slug()));
            }
        }
        return names;
    }

    private static boolean nameMatches(String name, List<String> words) {
        List<String> folded = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            folded.addAll(NameFolding.fold(word));
        }
        for (int i = 0; i < words.size(); i++) {
            String wanted = words.get(i);
            boolean last = i == words.size() - 1;
            if (folded.stream().noneMatch(w -> last ? w.startsWith(wanted) : w.equals(wanted))) {
                return false;
            }
        }
        return true;
    }
}

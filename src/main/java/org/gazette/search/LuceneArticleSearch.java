package org.gazette.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ShownDates;
import org.gazette.text.Language;
import org.springframework.stereotype.Service;

/**
 * {@link ArticleSearch} on the embedded Lucene index ({@link SearchIndex}).
 *
 * <p>Relevance: BM25 over the fields of the languages searched, headline weighted above tags and dek,
 * which are above the body; the ASCII-folded fields add matches for names typed without accents; a
 * mild {@link RecencyBoost}; ties broken by date and id so the order, and so every page, is stable.
 * Near-duplicate reports are folded together ({@link NearDuplicates}) before the page is cut; the newsroom
 * sees every one of them.
 */
@Service
class LuceneArticleSearch implements ArticleSearch {

    private static final Map<String, Float> LANGUAGE_FIELD_WEIGHTS =
            Map.of("headline", 4f, "terms", 2.5f, "dek", 2f, "body", 1f);
    private static final float FOLD_HEAD_WEIGHT = 1.5f;
    private static final float FOLD_BODY_WEIGHT = 0.5f;
    private static final int SNIPPET_LENGTH = 220;
    private static final int HIGHLIGHT_MAX_LENGTH = 10_000;
    private static final int FEW_RESULTS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]{3,}");
    /** Newest first, ties by id: a stable order for {@link SearchSort#NEWEST}. */
    private static final Sort NEWEST = new Sort(
            new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(IndexFields.ID, SortField.Type.LONG, true));

    private final SearchIndex index;
    private final IndexSource database;
    private final Clock clock;
    private final Analyzer analyzer = SearchAnalyzers.perField();
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    LuceneArticleSearch(SearchIndex index, IndexSource database, Clock clock) {
        this.index = index;
        this.database = database;
        this.clock = clock;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        if (request.text().isEmpty()) {
            return SearchResults.empty(request.pageSize());
        }
        List<Language> languages = request.lang() == null ? IndexFields.languages() : List.of(request.lang());
        Query text = new ReaderQueryParser(analyzer, weights(languages))
                .parseReader(request.text().value());
        Query filters = filters(request);
        return index.search(searcher -> {
            SearchResults results = run(searcher, request, languages, text, filters);
            if (results.total() < FEW_RESULTS) {
                String respelled = respell(searcher, request, languages, filters, results.total());
                if (respelled != null) {
                    return new SearchResults(
                            results.total(),
                            results.page(),
                            results.pageSize(),
                            results.hasMore(),
                            results.hits(),
                            results.facets(),
                            respelled);
                }
            }
            return results;
        });
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

    private Query filters(SearchRequest request) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        if (request.scope() == SearchScope.READERS) {
            filters.add(
                    new TermQuery(new Term(IndexFields.STATUS, ArticleStatus.PUBLISHED.code())),
                    BooleanClause.Occur.FILTER);
            // a story dated out of range, stored by an older version, is not public (ShownDates)
            ShownDates shown = ShownDates.at(clock);
            filters.add(
                    LongPoint.newRangeQuery(
                            IndexFields.PUBLISHED,
                            shown.earliest().toEpochMilli(),
                            shown.latest().toEpochMilli()),
                    BooleanClause.Occur.FILTER);
        }
        if (request.lang() != null) {
            filters.add(new TermQuery(new Term(IndexFields.LANG, request.lang().code())), BooleanClause.Occur.FILTER);
        }
        addTerm(filters, IndexFields.SECTION, request.section());
        addTerm(filters, IndexFields.TAG, request.tag());
        addTerm(filters, IndexFields.SOURCE, request.source());
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            filters.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return filters.build();
    }

    private static void addTerm(BooleanQuery.Builder filters, String field, String value) {
        if (value != null) {
            filters.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static Query filtered(Query text, Query filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        for (BooleanClause filter : ((BooleanQuery) filters).clauses()) {
            query.add(filter);
        }
        return query.build();
    }

    /** The best {@code size} matches in the order asked for. */
    private ScoreDoc[] ranked(IndexSearcher searcher, Query query, SearchSort sort, int size) throws IOException {
        if (sort == SearchSort.RELEVANCE) {
            return searcher.search(query, new RelevanceTop(size, clock.millis(), null));
        }
        // the first sort field is indexed as points too, so Lucene skips what cannot be among the newest
        return searcher.search(query, new TopFieldCollectorManager(NEWEST, size, null, size)).scoreDocs;
    }

    private SearchResults run(
            IndexSearcher searcher, SearchRequest request, List<Language> languages, Query text, Query filters)
            throws IOException {
        int offset = (request.page() - 1) * request.pageSize();
        int wanted = offset + request.pageSize() + 1;
        int fetch = Math.min(SearchRequest.MAX_DEPTH * 4, wanted * 2 + 20);
        String lang = request.lang() == null ? null : request.lang().code();
        // Every match is counted, exactly, for the total and the facets. A search in one language goes
        // over the matches of every language, to count them for the language facet, and counts and
        // ranks the others only for its own.
        Query everyLanguage = filtered(text, filters(request.withLanguage(null)));
        FacetCounts facets = new FacetCounts(FacetOrdinals.of(searcher), lang);
        Query query = filtered(text, filters);
        ScoreDoc[] top;
        FacetCounts.Counts counts;
        if (request.sort() == SearchSort.RELEVANCE) {
            // one pass: scoring a match that is counted anyway costs less than going over them twice
            Object[] both = searcher.search(
                    everyLanguage, new MultiCollectorManager(new RelevanceTop(fetch, clock.millis(), lang), facets));
            top = (ScoreDoc[]) both[0];
            counts = (FacetCounts.Counts) both[1];
        } else {
            // counted without order; the newest apart, where Lucene skips what is older than the page
            counts = searcher.search(everyLanguage, facets);
            top = ranked(searcher, query, request.sort(), fetch);
        }
        long total = lang == null
                ? counts.sum(IndexFields.LANG)
                : counts.top(IndexFields.LANG, Integer.MAX_VALUE).stream()
                        .filter(e -> e.getKey().equals(lang))
                        .mapToLong(Map.Entry::getValue)
                        .sum();

        List<NearDuplicates.Group> groups =
                new NearDuplicates(searcher, request.scope() == SearchScope.READERS).collapse(top, wanted);
        // many duplicates near the top: look further down the ranking, within the depth readers may page to
        while (groups.size() < wanted && top.length == fetch && fetch < SearchRequest.MAX_DEPTH * 4) {
            fetch = Math.min(SearchRequest.MAX_DEPTH * 4, fetch * 4);
            top = ranked(searcher, query, request.sort(), fetch);
            groups = new NearDuplicates(searcher, request.scope() == SearchScope.READERS).collapse(top, wanted);
        }
        boolean hasMore = groups.size() > offset + request.pageSize();
        List<NearDuplicates.Group> page =
                groups.subList(Math.min(offset, groups.size()), Math.min(offset + request.pageSize(), groups.size()));
        List<SearchHit> hits = hits(searcher, request, languages, text, page);
        return new SearchResults(total, request.page(), request.pageSize(), hasMore, hits, facets(counts), null);
    }

    private List<SearchHit> hits(
            IndexSearcher searcher,
            SearchRequest request,
            List<Language> languages,
            Query text,
            List<NearDuplicates.Group> page)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<String> shown = new HashSet<>(List.of(
                IndexFields.ID,
                IndexFields.EXTERNAL_ID,
                IndexFields.LANG,
                IndexFields.SLUG,
                IndexFields.STATUS,
                IndexFields.PUBLISHED,
                IndexFields.SECTION,
                IndexFields.SOURCE));
        languages.forEach(lang -> {
            shown.add(IndexFields.headline(lang));
            shown.add(IndexFields.body(lang));
        });
        // each result's stored fields are read, and decompressed, once: with the body the highlighter needs
        StoredFields stored = searcher.storedFields();
        List<Document> documents = new ArrayList<>();
        Map<Integer, Document> byDoc = new HashMap<>();
        for (NearDuplicates.Group group : page) {
            Document document = stored.document(group.lead().doc, shown);
            documents.add(document);
            byDoc.put(group.lead().doc, document);
        }
        Set<Long> published = request.scope() == SearchScope.READERS
                ? database.publishedAmong(documents.stream()
                        .map(d -> Long.parseLong(d.get(IndexFields.ID)))
                        .toList())
                : null;

        // each result is highlighted in its own language's fields only
        String[] headlines = new String[page.size()];
        String[] snippets = new String[page.size()];
        UnifiedHighlighter highlighter = highlighter(searcher, byDoc);
        for (Language lang : languages) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (lang.code().equals(documents.get(i).get(IndexFields.LANG))) {
                    positions.add(i);
                }
            }
            if (positions.isEmpty()) {
                continue;
            }
            int[] docIds =
                    positions.stream().mapToInt(i -> page.get(i).lead().doc).toArray();
            Map<String, String[]> highlights = highlighter.highlightFields(
                    new String[] {IndexFields.headline(lang), IndexFields.body(lang)}, text, docIds, new int[] {1, 1});
            for (int j = 0; j < positions.size(); j++) {
                headlines[positions.get(j)] = highlights.get(IndexFields.headline(lang))[j];
                snippets[positions.get(j)] = highlights.get(IndexFields.body(lang))[j];
            }
        }

        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Document doc = documents.get(i);
            long id = Long.parseLong(doc.get(IndexFields.ID));
            if (published != null && !published.contains(id)) {
                continue;
            }
            Language lang = Language.of(doc.get(IndexFields.LANG));
            String headline = headlines[i];
            String snippet = snippets[i];
            IndexedArticle.Term section = term(doc.get(IndexFields.SECTION));
            IndexedArticle.Term source = term(doc.get(IndexFields.SOURCE));
            List<String> alsoFrom = new ArrayList<>();
            for (ScoreDoc folded : page.get(i).folded()) {
                IndexedArticle.Term other = term(sourceOf(searcher, folded.doc));
                if (other != null
                        && !alsoFrom.contains(other.name())
                        && (source == null || !other.name().equals(source.name()))) {
                    alsoFrom.add(other.name());
                }
            }
            hits.add(new SearchHit(
                    id,
                    doc.get(IndexFields.EXTERNAL_ID),
                    lang,
                    doc.get(IndexFields.SLUG),
                    headline == null ? escape(doc.get(IndexFields.headline(lang))) : headline,
                    snippet == null ? "" : snippet,
                    Instant.ofEpochMilli(
                            doc.getField(IndexFields.PUBLISHED).numericValue().longValue()),
                    section == null ? null : section.slug(),
                    section == null ? null : section.name(),
                    source == null ? null : source.name(),
                    ArticleStatus.fromCode(doc.get(IndexFields.STATUS)),
                    List.copyOf(alsoFrom)));
        }
        return hits;
    }

    /** A document's source, from doc values: no stored fields to decompress for a name. */
    private static String sourceOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues sources = DocValues.getSorted(leaf.reader(), IndexFields.SOURCE);
        return sources.advanceExact(doc - leaf.docBase)
                ? sources.lookupOrd(sources.ordValue()).utf8ToString()
                : null;
    }

    private static IndexedArticle.Term term(String docValue) {
        return docValue == null ? null : IndexedArticle.Term.fromDocValue(docValue);
    }

    /**
     * Headlines are shown whole; bodies as the passage of about two hundred characters that matches best.
     * The text comes from the documents already read for the page ({@code loaded}, by doc id).
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, Document> loaded) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                // matching term by term in the field shown is enough for a snippet, and much cheaper than
                // asking the whole multi-field query where it matched
                .withWeightMatches(false);
        return new UnifiedHighlighter(builder) {
            @Override
            protected OffsetSource getOffsetSource(String field) {
                // every highlighted field has offsets in its postings (ArticleDocuments): saying so spares
                // merging the field infos of every segment to find out, for each search
                return OffsetSource.POSTINGS;
            }

            @Override
            protected BreakIterator getBreakIterator(String field) {
                if (field.startsWith("headline_")) {
                    return new WholeBreakIterator();
                }
                // a full stop is sentence enough for a snippet, and far cheaper than Unicode sentence rules
                return LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('.'), SNIPPET_LENGTH, 0.5f);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document document = loaded.get(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = document == null ? null : document.get(fields[f]);
                        // as much as the highlighter would read itself
                        texts[f] = text == null
                                ? ""
                                : text.length() > HIGHLIGHT_MAX_LENGTH ? text.substring(0, HIGHLIGHT_MAX_LENGTH) : text;
                    }
                    values.add(texts);
                }
                return values;
            }
        };
    }

    private static Map<String, List<FacetValue>> facets(FacetCounts.Counts counts) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(
                "lang",
                values(
                        counts.top(IndexFields.LANG, Integer.MAX_VALUE),
                        false,
                        10,
                        Comparator.comparing(FacetValue::count).reversed()));
        // order by count first and name only the values shown: a tag facet may hold thousands
        facets.put("section", values(counts.top(IndexFields.SECTION, 20), true, 20, byCount()));
        facets.put("source", values(counts.top(IndexFields.SOURCE, 10), true, 10, byCount()));
        facets.put("tag", values(counts.top(IndexFields.TAG, 12), true, 12, byCount()));
        facets.put(
                "year",
                values(
                        counts.top(IndexFields.YEAR, Integer.MAX_VALUE),
                        false,
                        20,
                        Comparator.comparing(FacetValue::key).reversed()));
        return facets;
    }

    private static Comparator<FacetValue> byCount() {
        return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
    }

    /** Values most counted first (as {@link FacetCounts.Counts#top}), in the order shown. */
    private static List<FacetValue> values(
            List<Map.Entry<String, Long>> counts, boolean named, int limit, Comparator<FacetValue> order) {
        return counts.stream()
                .map(e -> {
                    if (named) {
                        IndexedArticle.Term term = IndexedArticle.Term.fromDocValue(e.getKey());
                        return new FacetValue(term.slug(), term.name(), e.getValue());
                    }
                    return new FacetValue(e.getKey(), e.getKey(), e.getValue());
                })
                .sorted(order)
                .limit(limit)
                .toList();
    }

    /**
     * "Did you mean": each word of three letters or more that no story contains is replaced by the
     * closest word that stories do contain. The respelled query is offered only if it finds more
     * (published, for readers), so a suggestion never leads to an empty page or reveals a draft.
     */
    private String respell(
            IndexSearcher searcher, SearchRequest request, List<Language> languages, Query filters, long found)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        String original = request.text().value();
        Matcher words = WORD.matcher(original);
        StringBuilder respelled = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(
                    request.lang() != null && request.lang().code().equals("az")
                            ? Locale.forLanguageTag("az")
                            : Locale.ROOT);
            Term term = new Term(IndexFields.SPELL, lower);
            String replacement = word;
            if (reader.docFreq(term) == 0) {
                SuggestWord[] suggestions =
                        spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            words.appendReplacement(respelled, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(respelled);
        if (!changed) {
            return null;
        }
        String candidate = respelled.toString();
        Query text = new ReaderQueryParser(analyzer, weights(languages)).parseReader(candidate);
        int better = searcher.count(filtered(text, filters));
        return better > found ? candidate : null;
    }

    @Override
    public List<Suggestion> suggest(String typed, Language lang, int limit) {
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
                .add(
                        new TermQuery(new Term(IndexFields.STATUS, ArticleStatus.PUBLISHED.code())),
                        BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.LANG, lang.code())), BooleanClause.Occur.FILTER);
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

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }
}

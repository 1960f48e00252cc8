package org.gazette.search;

import java.util.List;
import org.gazette.text.Language;

/**
 * Gazette's search, whatever engine answers it. Readers get published stories only
 * ({@link SearchScope#READERS}); the newsroom searches every status ({@link SearchScope#NEWSROOM}).
 * Neither method throws for odd input: a query that cannot be parsed as written is searched as plain
 * words, and {@link SearchText#from} is where input is refused, with a message that says why.
 */
public interface ArticleSearch {

    /** One page of results, with facet counts and, for a query that finds little, a suggested spelling. */
    SearchResults search(SearchRequest request);

    /**
     * Completions for what a reader is typing: names (tags and authors) and headlines of published
     * stories in the language, best first; empty for fewer than two letters.
     */
    List<Suggestion> suggest(String typed, Language lang, int limit);
}

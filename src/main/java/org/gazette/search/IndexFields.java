package org.gazette.search;

import java.util.List;
import org.gazette.text.Language;

/**
 * The fields of an article's document in the index. Text is indexed once per language under
 * {@code headline_en}, {@code body_ru} and so on, each field with its language's analysis;
 * {@code fold_head} holds headline, dek and names folded to plain ASCII for names typed without accents.
 */
final class IndexFields {

    /** The article's database id, the key every update and delete goes by. */
    static final String ID = "id";

    static final String EXTERNAL_ID = "external_id";
    static final String LANG = "lang";
    static final String STATUS = "status";
    static final String SLUG = "slug";
    /** Publication time in epoch milliseconds: a point for ranges, a doc value for sorting and recency. */
    static final String PUBLISHED = "published";
    /** Section slug; doc values for facets. */
    static final String SECTION = "section";
    /** Source slug for filtering; the doc value is {@code slug + SEPARATOR + name}. */
    static final String SOURCE = "source";

    static final String TAG = "tag";
    /** Slug of a person, organisation or place the story names; the doc value is {@code slug + SEPARATOR + name}. */
    static final String ENTITY = "entity";

    static final String AUTHOR = "author";
    static final String YEAR = "year";
    /** Headline, dek, tags, authors and source, folded to ASCII: where names are, for the most part. */
    static final String FOLD_HEAD = "fold_head";
    /**
     * The body's words with accented Latin letters, folded as in {@link #FOLD_HEAD}: names in a story's
     * text found when typed without accents. Plain words are left out, so it stays small and costs a
     * query for everyday words nothing.
     */
    static final String FOLD_BODY = "fold_body";
    /** Every word of headlines and deks, lower-cased but otherwise as written: the "did you mean" dictionary. */
    static final String SPELL = "spell";

    /** Separates a term's slug from its display name in one doc value. */
    static final char SEPARATOR = '\u001f';

    private IndexFields() {}

    static String headline(Language lang) {
        return "headline_" + lang.code();
    }

    static String dek(Language lang) {
        return "dek_" + lang.code();
    }

    static String terms(Language lang) {
        return "terms_" + lang.code();
    }

    static String body(Language lang) {
        return "body_" + lang.code();
    }

    static List<Language> languages() {
        return Language.SUPPORTED.stream().map(Language::of).toList();
    }
}

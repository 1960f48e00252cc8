package org.gazette.article;

import java.util.Optional;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.springframework.stereotype.Component;

/**
 * Tags, sources and authors as readers may know them. A term that no story readers may see carries (one
 * used only on drafts, stories in review or scheduled ones) does not exist for readers: its page and its
 * feeds answer 404 like an unknown slug's, so an embargoed name is never confirmed. Sections are the
 * site's own navigation and are always public.
 */
@Component
public class PublicTerms {

    /** A term with at least one story readers may see. */
    public record PublicTerm(TermKind kind, long id, String slug, String name) {

        /** The stories of this term in a language (every language for null). */
        public ArticleFilter stories(Language lang) {
            ArticleFilter all = ArticleFilter.language(lang);
            return switch (kind) {
                case TAG -> all.withTag(id);
                case SOURCE -> all.withSource(id);
                case AUTHOR -> all.withAuthor(id);
                case SECTION -> all.withSection(id);
            };
        }
    }

    private final TaxonomyRepository taxonomy;
    private final ArticleRepository articles;

    PublicTerms(TaxonomyRepository taxonomy, ArticleRepository articles) {
        this.taxonomy = taxonomy;
        this.articles = articles;
    }

    /** The tag, source or author with this slug, if readers may know it. */
    public Optional<PublicTerm> find(TermKind kind, String slug) {
        Optional<PublicTerm> term =
                switch (kind) {
                    case TAG -> taxonomy.tag(slug).map(t -> new PublicTerm(kind, t.id(), t.slug(), t.name()));
                    case SOURCE -> taxonomy.source(slug).map(s -> new PublicTerm(kind, s.id(), s.slug(), s.name()));
                    case AUTHOR -> taxonomy.author(slug).map(a -> new PublicTerm(kind, a.id(), a.slug(), a.name()));
                    case SECTION -> throw new IllegalArgumentException("sections are looked up by language");
                };
        return term.filter(found -> articles.anyShown(found.stories(null)));
    }

    /**
     * The slug a reader's filter (search, the API's lists) uses: a slug a term gave up reads as the term's
     * current one, unless readers may not know that term; then the slug is kept as given and finds
     * nothing, as an unknown one does, and no answer names the term's current slug.
     */
    public String filterSlug(TermKind kind, String slug) {
        if (slug == null) {
            return null;
        }
        if (kind == TermKind.SECTION) {
            return taxonomy.currentOrSame(kind, slug);
        }
        return movedTo(kind, slug).orElse(slug);
    }

    /**
     * The current slug of a term that gave this one up (renamed or merged), if readers may know that
     * term: a redirect from an old address must not name a term readers may not see.
     */
    public Optional<String> movedTo(TermKind kind, String retiredSlug) {
        return taxonomy.currentSlug(kind, retiredSlug)
                .filter(current -> find(kind, current).isPresent());
    }
}

package org.gazette.feed;

import org.gazette.article.ArticleFilter;
import org.gazette.article.PublicTerms;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.entity.directory.ListedEntity;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds the scope a feed URL names: the whole site, a language, or a section, tag or source in a
 * language. A language the site does not publish, or a term that does not exist or that no public story
 * carries, is a {@link FeedNotFoundException}.
 */
@Component
class FeedScopes {

    private final GazetteProperties site;
    private final TaxonomyRepository taxonomy;
    private final PublicTerms terms;
    private final MessageSource messages;
    private final EntityDirectory entities;

    FeedScopes(
            GazetteProperties site,
            TaxonomyRepository taxonomy,
            PublicTerms terms,
            MessageSource messages,
            EntityDirectory entities) {
        this.site = site;
        this.taxonomy = taxonomy;
        this.terms = terms;
        this.messages = messages;
        this.entities = entities;
    }

    FeedScope wholeSite() {
        Texts texts = new Texts(site.defaultLanguage(), messages);
        return new FeedScope("/", null, ArticleFilter.language(null), "/", site.siteName(), texts.get("site.tagline"));
    }

    FeedScope language(String code) {
        Language lang = language(code, "");
        Texts texts = new Texts(lang, messages);
        String page = SiteLinks.home(lang);
        return new FeedScope(
                page,
                lang,
                ArticleFilter.language(lang),
                page,
                site.siteName() + " — " + texts.get("home.title"),
                texts.get("site.tagline"));
    }

    FeedScope section(String code, String slug) {
        Language lang = language(code, "section/" + slug + "/");
        Section section = taxonomy.section(slug, lang).orElseThrow(() -> missing(TermKind.SECTION, lang, slug));
        return term(
                lang,
                SiteLinks.section(lang, section.slug()),
                section.name(),
                null,
                ArticleFilter.language(lang).withSection(section.id()));
    }

    FeedScope tag(String code, String slug) {
        return publicTerm(TermKind.TAG, code, slug);
    }

    FeedScope source(String code, String slug) {
        return publicTerm(TermKind.SOURCE, code, slug);
    }

    /**
     * A tag's or source's feed. A term no public story carries has no feed, as an unknown slug has none,
     * so a name used only on drafts is never confirmed; a slug the term gave up moves to its new one.
     */
    private FeedScope publicTerm(TermKind kind, String code, String slug) {
        Language lang = language(code, kind.code() + "/" + slug + "/");
        PublicTerms.PublicTerm term = terms.find(kind, slug).orElseThrow(() -> terms.movedTo(kind, slug)
                .<RuntimeException>map(current -> new FeedMovedException(SiteLinks.term(kind, lang, current)))
                .orElseGet(() -> notFound(kind, slug)));
        return term(
                lang,
                SiteLinks.term(kind, lang, term.slug()),
                term.name(),
                "listing." + kind.code(),
                term.stories(lang));
    }

    /**
     * A person's, organisation's or place's feed: the stories that name it in one language. A merged
     * entity's feed moves to the survivor's; a hidden or unknown one has none.
     */
    FeedScope entity(String code, String slug) {
        Language lang = language(code, "entity/" + slug + "/");
        ListedEntity entity = entities.find(slug).orElseThrow(() -> entities.movedTo(slug)
                .<RuntimeException>map(current -> new FeedMovedException(SiteLinks.entity(lang, current)))
                .orElseGet(() -> new FeedNotFoundException("no entity '" + slug + "' to follow")));
        Texts texts = new Texts(lang, messages);
        String kind = texts.get("entity.type." + entity.type().name().toLowerCase(java.util.Locale.ROOT));
        return term(
                lang,
                SiteLinks.entity(lang, entity.slug()),
                kind + ": " + entity.name(lang),
                null,
                ArticleFilter.language(lang).withEntity(entity.id()));
    }

    /** A slug no term answers to: moved, when a term gave it up; otherwise not found. */
    private RuntimeException missing(TermKind kind, Language lang, String slug) {
        return taxonomy.currentSlug(kind, slug)
                .<RuntimeException>map(current -> new FeedMovedException(SiteLinks.term(kind, lang, current)))
                .orElseGet(() -> notFound(kind, slug));
    }

    private static FeedNotFoundException notFound(TermKind kind, String slug) {
        return new FeedNotFoundException("no " + kind.code() + " '" + slug + "' to follow");
    }

    private FeedScope term(Language lang, String page, String name, String kindKey, ArticleFilter filter) {
        Texts texts = new Texts(lang, messages);
        String title = site.siteName() + " — " + (kindKey == null ? name : texts.get(kindKey) + ": " + name);
        return new FeedScope(page + "/", lang, filter, page, title, title);
    }

    private Language language(String code, String rest) {
        if (!site.serves(code)) {
            throw new FeedNotFoundException("no feed at /" + code + "/" + rest + ": this site publishes in "
                    + String.join(", ", site.languages()));
        }
        return Language.of(code);
    }
}

package org.gazette.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.gazette.article.ArticleFilter;
import org.gazette.article.PublicTerms;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Section, tag, source and author pages: the stories filed under one term, newest first. */
@Controller
class ListingController {

    private final TaxonomyRepository taxonomy;
    private final PublicTerms terms;
    private final SiteLanguages languages;
    private final FrameFactory frames;
    private final StoryPages pages;
    private final StructuredData structuredData;

    ListingController(
            TaxonomyRepository taxonomy,
            PublicTerms terms,
            SiteLanguages languages,
            FrameFactory frames,
            StoryPages pages,
            StructuredData structuredData) {
        this.taxonomy = taxonomy;
        this.terms = terms;
        this.languages = languages;
        this.frames = frames;
        this.pages = pages;
        this.structuredData = structuredData;
    }

    @GetMapping("/{lang:[a-z]{2}}/section/{slug}")
    String section(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = languages.require(lang);
        Optional<Section> found = taxonomy.section(slug, language);
        if (found.isEmpty()) {
            String current =
                    taxonomy.currentSlug(TermKind.SECTION, slug).orElseThrow(() -> new PageNotFoundException(language));
            return PermanentRedirect.to(SiteLinks.term(TermKind.SECTION, language, current), request, response);
        }
        Section section = found.get();
        String path = SiteLinks.section(language, section.slug());
        ListingPage page = withFeeds(
                listing(
                        language,
                        path,
                        "listing.section",
                        section.name(),
                        ArticleFilter.language(language).withSection(section.id()),
                        before,
                        after,
                        section.slug()),
                path,
                section.name());
        Frame frame = page.frame();
        String siteName = frames.properties().siteName();
        // a section is a front page of its own: it names the site, its search box and the way down to it
        page = page.withFrame(frame.withStructuredData(
                List.of(
                        structuredData.website(language, frames.texts(language).get("site.tagline")),
                        structuredData.breadcrumbs(
                                List.of(new Link(SiteLinks.home(language), siteName), new Link(path, section.name())))),
                List.of()));
        model.addAttribute("page", page);
        return "site/listing";
    }

    /**
     * A tag, source or author page. A term no public story carries answers 404 like an unknown slug, so
     * a name used only on drafts is never confirmed. Tags and sources have feeds of their own; authors
     * do not.
     */
    @GetMapping("/{lang:[a-z]{2}}/{kind:tag|source|author}/{slug}")
    String term(
            @PathVariable String lang,
            @PathVariable String kind,
            @PathVariable String slug,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = languages.require(lang);
        TermKind termKind = TermKind.fromCode(kind).orElseThrow(() -> new PageNotFoundException(language));
        Optional<PublicTerms.PublicTerm> found = terms.find(termKind, slug);
        if (found.isEmpty()) {
            String current = terms.movedTo(termKind, slug).orElseThrow(() -> new PageNotFoundException(language));
            return PermanentRedirect.to(SiteLinks.term(termKind, language, current), request, response);
        }
        PublicTerms.PublicTerm term = found.get();
        String path = SiteLinks.term(termKind, language, term.slug());
        String kicker = "listing." + termKind.code();
        ListingPage page = listing(language, path, kicker, term.name(), term.stories(language), before, after, null);
        if (termKind != TermKind.AUTHOR) {
            page = withFeeds(page, path, frames.texts(language).get(kicker) + ": " + term.name());
        }
        model.addAttribute("page", page);
        return "site/listing";
    }

    /**
     * A term page asked for by a slug the term gave up (renamed, or merged into another): a permanent
     * redirect to where the term is now, keeping the query (a page further down stays that page).
     */
    /** The page's own feeds, as alternates: a reader subscribing from a section page gets that section. */
    private ListingPage withFeeds(ListingPage page, String path, String name) {
        return page.withFrame(
                page.frame().withFeeds(frames.feeds(path, frames.properties().siteName() + " — " + name)));
    }

    private ListingPage listing(
            Language lang,
            String path,
            String kickerKey,
            String name,
            ArticleFilter filter,
            String before,
            String after,
            String activeSection) {
        return pages.listing(
                lang, path, frames.texts(lang).get(kickerKey), name, filter, before, after, activeSection, List.of());
    }
}

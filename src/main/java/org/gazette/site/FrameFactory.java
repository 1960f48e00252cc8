package org.gazette.site;

import java.util.List;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Starts the {@link Frame} of a page in a language, with the site's navigation filled in. */
@Component
public class FrameFactory {

    private final GazetteProperties properties;
    private final MessageSource messages;
    private final TaxonomyRepository taxonomy;
    /** Absent when the application runs a command instead of serving pages. */
    private final ResourceUrlProvider resourceUrls;

    FrameFactory(
            GazetteProperties properties,
            MessageSource messages,
            TaxonomyRepository taxonomy,
            ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.properties = properties;
        this.messages = messages;
        this.taxonomy = taxonomy;
        this.resourceUrls = resourceUrls.getIfAvailable();
    }

    public Texts texts(Language lang) {
        return new Texts(lang, messages);
    }

    public DateFormats dates(Language lang) {
        return new DateFormats(lang, properties.zone());
    }

    /**
     * A frame whose canonical URL is {@code path} and whose language switcher leads to the same path in
     * each other language (for pages that exist in every language, like sections and archives).
     */
    public Frame frame(Language lang, String title, String path) {
        Texts texts = texts(lang);
        String suffix = path.substring(lang.code().length() + 1);
        List<LanguageLink> languages = properties.siteLanguages().stream()
                .map(other -> new LanguageLink(
                        other.code(),
                        texts.languageName(other),
                        "/" + other.code() + suffix,
                        properties.absolute("/" + other.code() + suffix),
                        other.equals(lang)))
                .toList();
        // read with every render: the page cache keeps the pages, and drops them all when a section changes
        List<Link> sections = taxonomy.sections(lang).stream()
                .map(section -> new Link(SiteLinks.section(lang, section.slug()), section.name()))
                .toList();
        return new Frame(
                lang,
                texts,
                properties.siteName(),
                title,
                texts.get("site.tagline"),
                properties.absolute(path),
                languages,
                false,
                sections,
                null,
                "",
                true,
                List.of(),
                List.of(),
                List.of(),
                new Assets(resourceUrls));
    }

    /**
     * The feeds of a page, for its {@code <link rel="alternate">} elements: RSS, Atom and JSON Feed
     * under the page's path, each titled with the page's title and the format.
     */
    public List<Link> feeds(String pagePath, String title) {
        return List.of(
                new Link(SiteLinks.feed(pagePath, SiteLinks.RSS), title + " (RSS)"),
                new Link(SiteLinks.feed(pagePath, SiteLinks.ATOM), title + " (Atom)"),
                new Link(SiteLinks.feed(pagePath, SiteLinks.JSON_FEED), title + " (JSON Feed)"));
    }

    /** Versioned URLs of stylesheets and scripts, for pages outside the reader layout (the newsroom). */
    public Assets assets() {
        return new Assets(resourceUrls);
    }

    public GazetteProperties properties() {
        return properties;
    }
}

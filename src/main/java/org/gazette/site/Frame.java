package org.gazette.site;

import java.util.List;
import org.gazette.text.Language;
import org.gazette.web.Link;
import org.gazette.web.Texts;

/**
 * Everything the page layout needs besides the page's own content: language and texts, title and
 * description, canonical and alternate URLs, navigation, and structured data for the head.
 */
public record Frame(
        Language lang,
        Texts texts,
        String siteName,
        String title,
        String description,
        String canonicalUrl,
        List<LanguageLink> languages,
        boolean languagesAreTranslations,
        List<Link> sections,
        String activeSection,
        String searchQuery,
        boolean indexable,
        List<Link> feeds,
        List<String> jsonLd,
        List<HeadMeta> meta,
        Assets assets) {

    /** A {@code <meta>} element of the head: Open Graph and Twitter cards, for instance. */
    public record HeadMeta(String attribute, String key, String content) {}

    public Frame titled(String pageTitle, String pageDescription) {
        return new Frame(
                lang,
                texts,
                siteName,
                pageTitle,
                pageDescription,
                canonicalUrl,
                languages,
                languagesAreTranslations,
                sections,
                activeSection,
                searchQuery,
                indexable,
                feeds,
                jsonLd,
                meta,
                assets);
    }

    public Frame canonical(String url) {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                url,
                languages,
                languagesAreTranslations,
                sections,
                activeSection,
                searchQuery,
                indexable,
                feeds,
                jsonLd,
                meta,
                assets);
    }

    /**
     * Language links that point at the same content in other languages, emitted as hreflang alternates.
     * They come in the site's language order, and the first is also the page's {@code x-default}.
     */
    public Frame translatedAs(List<LanguageLink> translations) {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                canonicalUrl,
                translations,
                true,
                sections,
                activeSection,
                searchQuery,
                indexable,
                feeds,
                jsonLd,
                meta,
                assets);
    }

    public Frame inSection(String sectionSlug) {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                canonicalUrl,
                languages,
                languagesAreTranslations,
                sections,
                sectionSlug,
                searchQuery,
                indexable,
                feeds,
                jsonLd,
                meta,
                assets);
    }

    public Frame searching(String query) {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                canonicalUrl,
                languages,
                languagesAreTranslations,
                sections,
                activeSection,
                query,
                indexable,
                feeds,
                jsonLd,
                meta,
                assets);
    }

    /** Keeps search engines off a page (error pages, search results). */
    public Frame notIndexed() {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                canonicalUrl,
                languages,
                languagesAreTranslations,
                sections,
                activeSection,
                searchQuery,
                false,
                feeds,
                jsonLd,
                meta,
                assets);
    }

    public Frame withFeeds(List<Link> pageFeeds) {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                canonicalUrl,
                languages,
                languagesAreTranslations,
                sections,
                activeSection,
                searchQuery,
                indexable,
                pageFeeds,
                jsonLd,
                meta,
                assets);
    }

    public Frame withStructuredData(List<String> json, List<HeadMeta> headMeta) {
        return new Frame(
                lang,
                texts,
                siteName,
                title,
                description,
                canonicalUrl,
                languages,
                languagesAreTranslations,
                sections,
                activeSection,
                searchQuery,
                indexable,
                feeds,
                json,
                headMeta,
                assets);
    }

    /** The text of the {@code <title>} element: the page's title and the site's name. */
    public String documentTitle() {
        return title == null || title.isBlank() || title.equals(siteName) ? siteName : title + " — " + siteName;
    }
}

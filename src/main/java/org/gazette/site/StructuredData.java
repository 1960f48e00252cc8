package org.gazette.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.article.Article;
import org.gazette.article.LeadImage;
import org.gazette.entity.directory.StoryEntity;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What pages tell search engines and social networks about themselves: schema.org JSON-LD (NewsArticle
 * and BreadcrumbList for stories, WebSite and Organization with a search action for front and section
 * pages) and Open Graph and Twitter card tags. The JSON-LD goes into an inline {@code <script>}, so
 * every {@code <}, {@code >} and {@code &} is written as a JSON escape: no story text, however hostile,
 * can close the script element or open a comment.
 */
@Component
class StructuredData {

    /** The publisher's logo in {@code static/assets}; its size is stated for consumers that ask. */
    static final String LOGO = "/assets/logo.png";

    static final int LOGO_SIZE = 512;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Open Graph wants language_TERRITORY; each language gets the territory its readers most use. */
    private static final Map<String, String> OG_LOCALES = Map.of("en", "en_US", "ru", "ru_RU", "az", "az_AZ");

    private final GazetteProperties site;

    StructuredData(GazetteProperties site) {
        this.site = site;
    }

    /** The NewsArticle of a story page, naming no entities. */
    String newsArticle(Article article, String canonicalUrl, DateFormats dates, String description) {
        return newsArticle(article, canonicalUrl, dates, description, List.of());
    }

    /**
     * The NewsArticle of a story page: {@code about} the entities central to the story, {@code mentions}
     * the others it names, each linked to its entity page so search engines can tell them apart.
     */
    String newsArticle(
            Article article, String canonicalUrl, DateFormats dates, String description, List<StoryEntity> entities) {
        List<SchemaOrg.Party> authors = article.authors().stream()
                .map(a -> SchemaOrg.Party.person(a.name(), site.absolute(SiteLinks.author(article.lang(), a.slug()))))
                .toList();
        SchemaOrg.Party agency = article.source() == null
                ? null
                : SchemaOrg.Party.organization(
                        article.source().name(), article.source().homepage());
        List<String> keywords = article.tags().stream().map(t -> t.name()).toList();
        return json(new SchemaOrg.NewsArticle(
                SchemaOrg.CONTEXT,
                "NewsArticle",
                new SchemaOrg.Node("WebPage", canonicalUrl),
                canonicalUrl,
                article.headline(),
                description,
                dates.machine(article.publishedAt()),
                dates.machine(article.lastModified()),
                // a story without a byline is the newsroom's own
                authors.isEmpty() ? List.of(publisher()) : authors,
                publisher(),
                image(article.leadImage()),
                article.section() == null ? null : article.section().name(),
                keywords,
                article.lang().code(),
                agency,
                article.sourceUrl(),
                Boolean.TRUE,
                entities.stream()
                        .filter(StoryEntity::central)
                        .map(e -> party(e, article.lang()))
                        .toList(),
                entities.stream()
                        .filter(e -> !e.central())
                        .map(e -> party(e, article.lang()))
                        .toList()));
    }

    private SchemaOrg.Party party(StoryEntity named, Language lang) {
        String name = named.entity().name(lang);
        String url = site.absolute(SiteLinks.entity(lang, named.entity().slug()));
        return switch (named.entity().type()) {
            case PER -> SchemaOrg.Party.person(name, url);
            case ORG -> SchemaOrg.Party.organization(name, url);
            case LOC -> SchemaOrg.Party.place(name, url);
        };
    }

    /** A trail of links from the front page down to this page, the last being the page itself. */
    String breadcrumbs(List<Link> trail) {
        List<SchemaOrg.ListItem> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Link link = trail.get(i);
            String url = link.url().startsWith("/") ? site.absolute(link.url()) : link.url();
            items.add(new SchemaOrg.ListItem("ListItem", i + 1, link.label(), url));
        }
        return json(new SchemaOrg.BreadcrumbList(SchemaOrg.CONTEXT, "BreadcrumbList", items));
    }

    /** The site and its publisher, with the search box search engines may offer ({@code /{lang}/search?q=}). */
    String website(Language lang, String description) {
        String organizationId = site.absolute("/#organization");
        SchemaOrg.WebSite website = new SchemaOrg.WebSite(
                "WebSite",
                site.absolute(SiteLinks.home(lang) + "#website"),
                site.absolute(SiteLinks.home(lang)),
                site.siteName(),
                description,
                lang.code(),
                new SchemaOrg.Node("Organization", organizationId),
                new SchemaOrg.SearchAction(
                        "SearchAction",
                        new SchemaOrg.EntryPoint(
                                "EntryPoint", site.absolute(SiteLinks.search(lang)) + "?q={search_term_string}"),
                        "required name=search_term_string"));
        SchemaOrg.Party organization =
                new SchemaOrg.Party("Organization", organizationId, site.siteName(), site.absolute("/"), logo());
        return json(new SchemaOrg.Graph(SchemaOrg.CONTEXT, List.of(website, organization)));
    }

    /** Open Graph and Twitter card tags of a story page. */
    List<Frame.HeadMeta> socialMeta(Article article, String canonicalUrl, DateFormats dates, String description) {
        List<Frame.HeadMeta> meta = new ArrayList<>();
        meta.add(property("og:type", "article"));
        meta.add(property("og:site_name", site.siteName()));
        meta.add(property("og:title", article.headline()));
        if (description != null && !description.isBlank()) {
            meta.add(property("og:description", description));
        }
        meta.add(property("og:url", canonicalUrl));
        meta.add(property("og:locale", OG_LOCALES.get(article.lang().code())));
        meta.add(property("article:published_time", dates.machine(article.publishedAt())));
        meta.add(property("article:modified_time", dates.machine(article.lastModified())));
        if (article.section() != null) {
            meta.add(property("article:section", article.section().name()));
        }
        article.tags().forEach(tag -> meta.add(property("article:tag", tag.name())));
        LeadImage image = article.leadImage();
        if (image != null) {
            int width = image.largestWidth();
            String url = site.absolute(image.url(width));
            meta.add(property("og:image", url));
            meta.add(property("og:image:width", String.valueOf(width)));
            meta.add(property("og:image:height", String.valueOf(image.heightAt(width))));
            meta.add(property("og:image:alt", image.alt()));
            meta.add(name("twitter:card", "summary_large_image"));
            meta.add(name("twitter:image", url));
            meta.add(name("twitter:image:alt", image.alt()));
        } else {
            meta.add(name("twitter:card", "summary"));
        }
        meta.add(name("twitter:title", article.headline()));
        if (description != null && !description.isBlank()) {
            meta.add(name("twitter:description", description));
        }
        return meta;
    }

    /** The lead image in its largest width (search engines ask for at least 1,200 pixels wide when there is one). */
    private List<SchemaOrg.ImageObject> image(LeadImage image) {
        if (image == null) {
            return List.of();
        }
        int width = image.largestWidth();
        return List.of(new SchemaOrg.ImageObject(
                "ImageObject",
                site.absolute(image.url(width)),
                width,
                image.heightAt(width),
                image.caption() != null ? image.caption() : image.alt(),
                image.credit()));
    }

    private SchemaOrg.Party publisher() {
        return new SchemaOrg.Party(
                "Organization", site.absolute("/#organization"), site.siteName(), site.absolute("/"), logo());
    }

    private SchemaOrg.ImageObject logo() {
        return SchemaOrg.ImageObject.of(site.absolute(LOGO), LOGO_SIZE, LOGO_SIZE);
    }

    private static Frame.HeadMeta property(String key, String content) {
        return new Frame.HeadMeta("property", key, content);
    }

    private static Frame.HeadMeta name(String key, String content) {
        return new Frame.HeadMeta("name", key, content);
    }

    /**
     * JSON that is inert inside an HTML script element. Outside strings JSON never contains these
     * characters, so escaping them everywhere changes no value.
     */
    static String json(Object value) {
        String json = JSON.writeValueAsString(value);
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

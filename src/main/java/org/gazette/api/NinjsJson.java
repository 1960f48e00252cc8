package org.gazette.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.article.Article;
import org.gazette.article.ArticleRevision;
import org.gazette.article.LeadImage;
import org.gazette.entity.EntityType;
import org.gazette.entity.directory.StoryEntity;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Author;
import org.gazette.web.SiteLinks;
import org.springframework.web.util.HtmlUtils;

/**
 * An article as an IPTC ninjs 2.1 news item, for partners whose systems take ninjs. The {@code uri} is
 * the story's permanent id (the same as its feed id); {@code version} counts every write, with
 * {@code firstcreated} and {@code versioncreated} from the store's bookkeeping. Sections and tags are
 * {@code subjects}, and so are the people and organisations it names (its places are {@code places}), each
 * with the {@code uri} of its entity page; the byline is {@code by}, the credited agency an {@code infosources} entry with the
 * originating-party role and the site itself one with the publisher role. ninjs 2.1 has no field for
 * links, so the page URL and the agency's original report are {@code altids}. The lead image is an
 * {@code associations} entry named {@code leadimage}, with a rendition for each generated width.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record NinjsJson(
        String uri,
        Standard standard,
        String type,
        String representationtype,
        String version,
        String firstcreated,
        String versioncreated,
        String contentcreated,
        String pubstatus,
        String language,
        List<Text> headlines,
        List<Body> bodies,
        String by,
        List<Subject> subjects,
        List<Place> places,
        List<InfoSource> infosources,
        List<AltId> altids,
        List<Association> associations) {

    static final String MEDIA_TYPE = "application/ninjs+json";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";
    /** IPTC's infosource-role codes. */
    static final String ORIGINATING_PARTY = "http://cv.iptc.org/newscodes/infosourcerole/originatingparty";

    static final String PUBLISHER = "http://cv.iptc.org/newscodes/infosourcerole/publisher";
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    record Standard(String name, String version, String schema) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Text(String role, String contenttype, String value) {}

    record Body(String role, String contenttype, int charcount, int wordcount, String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subject(String name, String rel, String uri, String literal) {}

    /** A place the story is about or mentions, linked to its entity page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Place(String name, String rel, String uri, String literal) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InfoSource(String name, String role, String uri) {}

    record AltId(String role, String value) {}

    /**
     * The lead image, as an associated picture item: its alt text and caption are descriptions, its
     * credit the byline, and each generated width a rendition.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Association(
            String name,
            String uri,
            String type,
            String representationtype,
            String by,
            List<Text> descriptions,
            List<Rendition> renditions) {}

    /** One served file of a picture; {@code sizeinbytes} is left out when the file cannot be measured. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rendition(String name, String href, String contenttype, int width, int height, Long sizeinbytes) {}

    /** A served file's size in bytes, or 0 when unknown. */
    interface FileSizes {
        long of(LeadImage image, int width);
    }

    static NinjsJson from(
            Article article,
            ArticleRevision revision,
            String uri,
            String imageUri,
            FileSizes sizes,
            List<StoryEntity> entities,
            GazetteProperties site) {
        List<Text> headlines = new ArrayList<>();
        headlines.add(new Text("main", "text/plain", article.headline()));
        if (article.dek() != null && !article.dek().isBlank()) {
            headlines.add(new Text("sub", "text/plain", article.dek()));
        }
        List<Subject> subjects = new ArrayList<>();
        if (article.section() != null) {
            subjects.add(new Subject(
                    article.section().name(),
                    "section",
                    site.absolute(
                            SiteLinks.section(article.lang(), article.section().slug())),
                    article.section().slug()));
        }
        article.tags()
                .forEach(tag -> subjects.add(new Subject(
                        tag.name(), "tag", site.absolute(SiteLinks.tag(article.lang(), tag.slug())), tag.slug())));
        // people and organisations are subjects, places are places; rel says whether the story is about
        // them or mentions them, literal is the slug the API's entity filters take
        List<Place> places = new ArrayList<>();
        for (StoryEntity named : entities) {
            String name = named.entity().name(article.lang());
            String entityUri = site.absolute(
                    SiteLinks.entity(article.lang(), named.entity().slug()));
            String rel = named.central() ? "about" : "mentions";
            if (named.entity().type() == EntityType.LOC) {
                places.add(new Place(name, rel, entityUri, named.entity().slug()));
            } else {
                subjects.add(new Subject(name, rel, entityUri, named.entity().slug()));
            }
        }
        List<InfoSource> sources = new ArrayList<>();
        if (article.source() != null) {
            sources.add(new InfoSource(
                    article.source().name(), ORIGINATING_PARTY, article.source().homepage()));
        }
        sources.add(new InfoSource(site.siteName(), PUBLISHER, site.absolute("/")));
        List<AltId> altids = new ArrayList<>();
        altids.add(new AltId("externalid", article.externalId()));
        altids.add(new AltId("url", site.absolute(SiteLinks.article(article.lang(), article.slug()))));
        if (article.sourceUrl() != null && !article.sourceUrl().isBlank()) {
            altids.add(new AltId("originalurl", article.sourceUrl()));
        }
        String text = SPACES.matcher(
                        HtmlUtils.htmlUnescape(TAG.matcher(article.bodyHtml()).replaceAll(" ")))
                .replaceAll(" ")
                .strip();
        return new NinjsJson(
                uri,
                new Standard("ninjs", "2.1", SCHEMA),
                "text",
                "full",
                Integer.toString(revision.version()),
                dateTime(revision.created()),
                dateTime(revision.modified()),
                dateTime(article.publishedAt()),
                "usable",
                article.lang().code(),
                headlines,
                List.of(new Body(
                        "main",
                        "text/html",
                        text.length(),
                        text.isEmpty() ? 0 : text.split(" ").length,
                        article.bodyHtml())),
                article.authors().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                article.authors().stream().map(Author::name).toList()),
                subjects,
                places,
                sources,
                altids,
                article.leadImage() == null
                        ? List.of()
                        : List.of(association(article.leadImage(), imageUri, sizes, site)));
    }

    private static Association association(LeadImage image, String uri, FileSizes sizes, GazetteProperties site) {
        List<Text> descriptions = new ArrayList<>();
        descriptions.add(new Text("alt", "text/plain", image.alt()));
        if (image.caption() != null) {
            descriptions.add(new Text("caption", "text/plain", image.caption()));
        }
        List<Rendition> renditions = new ArrayList<>();
        for (int width : image.widths()) {
            long bytes = sizes.of(image, width);
            renditions.add(new Rendition(
                    "w" + width,
                    site.absolute(image.url(width)),
                    image.mediaType(),
                    width,
                    image.heightAt(width),
                    bytes > 0 ? bytes : null));
        }
        return new Association("leadimage", uri, "picture", "partial", image.credit(), descriptions, renditions);
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

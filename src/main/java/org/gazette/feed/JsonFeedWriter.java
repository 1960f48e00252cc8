package org.gazette.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.1. Dates are RFC 3339 in UTC. What JSON Feed has no field for travels in the
 * {@code _gazette} extension object of each item: the section, and the credited agency with its home
 * page and the URL of its original report.
 */
@Component
class JsonFeedWriter implements FeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public FeedFormat format() {
        return FeedFormat.JSON_FEED;
    }

    @Override
    public byte[] write(Feed feed) {
        return JSON.writeValueAsBytes(Document.from(feed));
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Document(
            String version,
            String title,
            @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl,
            String description,
            String icon,
            String favicon,
            String language,
            List<Author> authors,
            List<Hub> hubs,
            // required even when empty, so it is always written
            @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> items) {

        static Document from(Feed feed) {
            return new Document(
                    VERSION,
                    feed.title(),
                    feed.pageUrl(),
                    feed.url(FeedFormat.JSON_FEED),
                    feed.description(),
                    feed.logoUrl(),
                    feed.iconUrl(),
                    feed.lang() == null ? null : feed.lang().code(),
                    List.of(new Author(feed.siteName(), feed.baseUrl() + "/")),
                    feed.hubUrl() == null ? List.of() : List.of(new Hub("WebSub", feed.hubUrl())),
                    feed.items().stream().map(Item::from).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            @JsonProperty("content_text") String contentText,
            String summary,
            String image,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<Author> authors,
            List<String> tags,
            String language,
            List<Attachment> attachments,
            @JsonProperty("_gazette") Extension gazette) {

        static Item from(FeedItem item) {
            return new Item(
                    item.id(),
                    item.url(),
                    item.title(),
                    item.contentHtml(),
                    // an item must have content; with summaries only, the summary is it
                    item.contentHtml() == null ? item.summary() : null,
                    item.summary(),
                    item.image() == null ? null : item.image().url(),
                    rfc3339(item.published()),
                    rfc3339(item.updated()),
                    item.authors().stream()
                            .map(a -> new Author(a.name(), a.url()))
                            .toList(),
                    item.tags().stream().map(FeedItem.Term::name).toList(),
                    item.lang().code(),
                    item.image() == null
                            ? List.of()
                            : List.of(new Attachment(
                                    item.image().url(),
                                    item.image().mediaType(),
                                    item.image().alt(),
                                    item.image().length() > 0 ? item.image().length() : null)),
                    Extension.from(item));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, String url) {}

    record Hub(String type, String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attachment(
            String url,
            @JsonProperty("mime_type") String mimeType,
            String title,
            @JsonProperty("size_in_bytes") Long sizeInBytes) {}

    /** Gazette's extension: what JSON Feed itself cannot say about a news story. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Extension(Section section, Source source) {

        static Extension from(FeedItem item) {
            if (item.section() == null && item.source() == null) {
                return null;
            }
            return new Extension(
                    item.section() == null
                            ? null
                            : new Section(
                                    item.section().slug(),
                                    item.section().name(),
                                    item.section().url()),
                    item.source() == null
                            ? null
                            : new Source(
                                    item.source().name(),
                                    item.source().homepage(),
                                    item.source().originalUrl()));
        }
    }

    record Section(String slug, String name, String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String name, String homepage, @JsonProperty("original_url") String originalUrl) {}

    /** RFC 3339 with a UTC offset, to the second. */
    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

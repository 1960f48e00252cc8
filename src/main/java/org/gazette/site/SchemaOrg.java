package org.gazette.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The schema.org types Gazette's pages describe themselves with, as JSON-LD records. Empty values are
 * left out, as schema.org consumers prefer a missing property to an empty one.
 */
final class SchemaOrg {

    static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {}

    /** A reference to a node described elsewhere, or a node with only a type and an id. */
    record Node(@JsonProperty("@type") String type, @JsonProperty("@id") String id) {}

    /** A person or organisation: an author, the publisher, the credited agency. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Party(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String name,
            String url,
            ImageObject logo) {

        static Party person(String name, String url) {
            return new Party("Person", null, name, url, null);
        }

        static Party organization(String name, String url) {
            return new Party("Organization", null, name, url, null);
        }

        static Party place(String name, String url) {
            return new Party("Place", null, name, url, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ImageObject(
            @JsonProperty("@type") String type,
            String url,
            Integer width,
            Integer height,
            String caption,
            String creditText) {

        static ImageObject of(String url, Integer width, Integer height) {
            return new ImageObject("ImageObject", url, width, height, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NewsArticle(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            Node mainEntityOfPage,
            String url,
            String headline,
            String description,
            String datePublished,
            String dateModified,
            List<Party> author,
            Party publisher,
            List<ImageObject> image,
            String articleSection,
            List<String> keywords,
            String inLanguage,
            Party sourceOrganization,
            String isBasedOn,
            Boolean isAccessibleForFree,
            List<Party> about,
            List<Party> mentions) {}

    record BreadcrumbList(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            List<ListItem> itemListElement) {}

    record ListItem(@JsonProperty("@type") String type, int position, String name, String item) {}

    /** Several nodes in one document that refer to each other by {@code @id}. */
    record Graph(@JsonProperty("@context") String context, @JsonProperty("@graph") List<Object> graph) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record WebSite(
            @JsonProperty("@type") String type,
            @JsonProperty("@id") String id,
            String url,
            String name,
            String description,
            String inLanguage,
            Node publisher,
            SearchAction potentialAction) {}

    record SearchAction(
            @JsonProperty("@type") String type, EntryPoint target, @JsonProperty("query-input") String queryInput) {}

    record EntryPoint(@JsonProperty("@type") String type, String urlTemplate) {}
}

package org.gazette.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleSummary;
import org.gazette.article.LeadImage;
import org.gazette.entity.directory.StoryEntity;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Tag;
import org.gazette.web.SiteLinks;

/**
 * An article in the API. Field names follow the import format, so what the API returns can be
 * imported elsewhere as it is; {@code body} is the sanitized HTML readers see. {@code entities} (not part of
 * the import format, ignored there) are the people, organisations and places the story names.
 */
record ArticleJson(
        String id,
        String url,
        String headline,
        String dek,
        String date,
        String updated,
        String body,
        String lang,
        String section,
        List<String> tags,
        List<String> authors,
        String source,
        @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("translation_of") String translationOf,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("lead_image") ImageJson leadImage,
        List<TranslationJson> translations,
        List<EntityJson> entities) {

    /**
     * The lead image: its number in the image library (what the write API's {@code lead_image} takes),
     * the absolute URL of its largest file, its size in pixels, alt text, caption and credit.
     */
    record ImageJson(long id, String url, int width, int height, String alt, String caption, String credit) {

        static ImageJson from(LeadImage image, GazetteProperties site) {
            if (image == null) {
                return null;
            }
            int width = image.largestWidth();
            return new ImageJson(
                    image.id(),
                    site.absolute(image.url(width)),
                    width,
                    image.heightAt(width),
                    image.alt(),
                    image.caption(),
                    image.credit());
        }
    }

    /** Another language of the same story. */
    record TranslationJson(String id, String lang, String url) {}

    /** The article with the people, organisations and places it names, most central first. */
    static ArticleJson from(
            Article article, List<ArticleSummary> translations, List<StoryEntity> entities, GazetteProperties site) {
        return new ArticleJson(
                article.externalId(),
                site.absolute(SiteLinks.article(article.lang(), article.slug())),
                article.headline(),
                article.dek(),
                article.publishedAt().toString(),
                article.updatedAt() == null ? null : article.updatedAt().toString(),
                article.bodyHtml(),
                article.lang().code(),
                article.section() == null ? null : article.section().slug(),
                article.tags().stream().map(Tag::name).toList(),
                article.authors().stream().map(Author::name).toList(),
                article.source() == null ? null : article.source().name(),
                article.sourceUrl(),
                article.translationOf(),
                ImageJson.from(article.leadImage(), site),
                translations.stream()
                        .map(t -> new TranslationJson(
                                t.externalId(), t.lang().code(), site.absolute(SiteLinks.article(t.lang(), t.slug()))))
                        .toList(),
                entities.stream()
                        .map(e -> EntityJson.from(e.entity(), article.lang(), site))
                        .toList());
    }
}

package org.gazette.newsroom;

import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.BodyRenderer;
import org.gazette.article.LeadImage;
import org.gazette.media.ImageLibrary;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.Source;
import org.gazette.taxonomy.Tag;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.text.Slug;
import org.springframework.stereotype.Component;

/**
 * Turns the editor's unsaved fields into an {@link Article} that exists only in memory, so the preview
 * can show what readers would see before anything is saved. It creates nothing: terms that do not
 * exist yet appear under the name and slug they would get, with no id.
 */
@Component
class UnsavedArticles {

    private static final long NOT_STORED = -1;

    private final TaxonomyRepository taxonomy;
    private final BodyRenderer renderer;
    private final ImageLibrary images;

    UnsavedArticles(TaxonomyRepository taxonomy, BodyRenderer renderer, ImageLibrary images) {
        this.taxonomy = taxonomy;
        this.renderer = renderer;
        this.images = images;
    }

    /**
     * The article as it would be after saving {@code input} over {@code saved}; {@code saved} is null for
     * a story not written yet, which then takes the slug its headline would give.
     */
    Article preview(Article saved, ArticleInput input, Long leadImageId) {
        LeadImage image = leadImageId == null ? null : images.find(leadImageId).orElse(null);
        String slug = saved != null
                ? saved.slug()
                : Slug.from(input.headline()).map(Slug::value).orElse("preview");
        return new Article(
                saved == null ? NOT_STORED : saved.id(),
                input.externalId(),
                input.lang(),
                slug,
                input.headline(),
                input.dek(),
                input.body(),
                input.bodyFormat(),
                renderer.render(input.body(), input.bodyFormat()),
                section(input),
                source(input.source()),
                input.sourceUrl(),
                input.publishedAt(),
                input.updatedAt(),
                saved == null ? ArticleStatus.DRAFT : saved.status(),
                input.translationOf(),
                saved == null ? null : saved.translationGroup(),
                tags(input.tags()),
                authors(input.authors()),
                saved == null ? 0 : saved.version(),
                saved == null ? null : saved.createdBy(),
                saved == null ? null : saved.publishAt(),
                saved == null ? null : saved.firstPublishedAt(),
                image);
    }

    private Section section(ArticleInput input) {
        if (input.section() == null || input.section().isBlank()) {
            return null;
        }
        Slug slug = Slug.from(input.section()).orElse(null);
        if (slug == null) {
            return null;
        }
        return taxonomy.section(slug.value(), input.lang())
                .orElseGet(() -> new Section(
                        NOT_STORED,
                        slug.value(),
                        Character.toUpperCase(slug.value().charAt(0))
                                + slug.value().substring(1).replace('-', ' ')));
    }

    private Source source(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return taxonomy.sourceNamed(name).orElseGet(() -> new Source(NOT_STORED, termSlug(name), name.strip(), null));
    }

    private List<Tag> tags(List<String> names) {
        return names.stream()
                .map(name -> taxonomy.tagNamed(name).orElseGet(() -> new Tag(NOT_STORED, termSlug(name), name.strip())))
                .toList();
    }

    private List<Author> authors(List<String> names) {
        return names.stream()
                .map(name -> taxonomy.authorNamed(name)
                        .orElseGet(() -> new Author(NOT_STORED, termSlug(name), name.strip())))
                .toList();
    }

    private static String termSlug(String name) {
        return Slug.from(name).map(Slug::value).orElse("new");
    }
}

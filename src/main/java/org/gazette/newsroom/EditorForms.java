package org.gazette.newsroom;

import java.time.Instant;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleValidator;
import org.gazette.article.InvalidArticleException;
import org.gazette.media.ImageLibrary;
import org.springframework.stereotype.Component;

/**
 * Turns the editor's form into an article ready to save or preview, for the editor and the preview
 * alike: the content through the same {@link ArticleValidator} as every other way in, and the lead image
 * checked against the library. The newsroom does not edit dates: new stories are dated now, saved ones
 * keep theirs.
 */
@Component
class EditorForms {

    private final ArticleValidator validator;
    private final ImageLibrary images;

    EditorForms(ArticleValidator validator, ImageLibrary images) {
        this.validator = validator;
        this.images = images;
    }

    /**
     * The form as changes to {@code saved}: its external id, dates and status stay. An {@link
     * InvalidArticleException} names the field at fault.
     */
    ArticleInput readChanges(ArticleForm form, Article saved) {
        return read(form, saved.externalId(), saved.publishedAt(), saved.updatedAt(), saved.status());
    }

    /**
     * The form as a story not saved yet: a draft under {@code externalId}, dated {@code now}. An {@link
     * InvalidArticleException} names the field at fault.
     */
    ArticleInput readNew(ArticleForm form, String externalId, Instant now) {
        return read(form, externalId, now, null, ArticleStatus.DRAFT);
    }

    private ArticleInput read(
            ArticleForm form, String externalId, Instant date, Instant updated, ArticleStatus status) {
        ArticleInput input = validator.validate(form.toSubmission(externalId, date, updated), status);
        Long imageId = form.leadImage();
        if (imageId != null && images.find(imageId).isEmpty()) {
            throw new InvalidArticleException(
                    "lead_image", String.valueOf(imageId), "field 'lead image' names no uploaded image: " + imageId);
        }
        return input;
    }
}

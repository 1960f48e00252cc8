package org.gazette.newsroom;

import java.time.Instant;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleValidator;
import org.gazette.article.InvalidArticleException;
import org.gazette.media.ImageLibrary;
import org.springframework.stereotype.Component;

/**
 * Turns the editor's form into an article ready to save or preview: the content through the same
 * {@link ArticleValidator} as every other way in, and the lead image checked against the library.
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
     * The form's content under the given id and dates, or an {@link InvalidArticleException} naming the
     * field at fault. The newsroom does not edit dates: new stories are dated now, saved ones keep theirs.
     */
    ArticleInput read(ArticleForm form, String externalId, Instant date, Instant updated, ArticleStatus status) {
        ArticleInput input = validator.validate(form.toSubmission(externalId, date, updated), status);
        Long imageId = form.leadImage();
        if (imageId != null && images.find(imageId).isEmpty()) {
            throw new InvalidArticleException(
                    "lead_image", String.valueOf(imageId), "field 'lead image' names no uploaded image: " + imageId);
        }
        return input;
    }
}

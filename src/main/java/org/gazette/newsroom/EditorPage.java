package org.gazette.newsroom;

import java.util.List;
import org.gazette.article.Correction;
import org.gazette.web.Link;

/**
 * The article editor: the form, and around it what may be done with the article now (workflow
 * buttons), its notes, translations and where to see it.
 */
public record EditorPage(
        NewsroomFrame frame,
        Long articleId,
        String externalId,
        String status,
        String statusLabel,
        ArticleForm form,
        boolean canEdit,
        List<Link> languages,
        List<Link> sections,
        List<ImageChoice> images,
        Actions actions,
        String slug,
        String publicUrl,
        String publishAtText,
        List<Correction> notes,
        List<Link> translations,
        List<Link> missingTranslations,
        String scheduleDefault) {

    /** The workflow moves the current user may make on the article in its current status. */
    public record Actions(
            boolean submit,
            boolean returnToDraft,
            boolean schedule,
            boolean unschedule,
            boolean publish,
            boolean unpublish,
            boolean delete,
            boolean correct,
            boolean changeSlug) {

        static Actions none() {
            return new Actions(false, false, false, false, false, false, false, false, false);
        }
    }

    /** An image offered as the lead image. */
    public record ImageChoice(long id, String label, String thumbnail) {}

    public boolean isNew() {
        return articleId == null;
    }
}

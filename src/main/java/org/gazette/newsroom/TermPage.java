package org.gazette.newsroom;

/**
 * One tag, author or credited source: the form to rename it (name, slug, home page), the one to merge
 * it into another, and the one to delete it.
 *
 * @param kind      {@code tags}, {@code authors} or {@code sources}, as in the URL
 * @param mergeInto what the merge form shows (the editor's input after a refusal)
 * @param homepages whether terms of this kind have a home page (sources)
 */
public record TermPage(
        NewsroomFrame frame,
        String kind,
        TermsPage.Row term,
        TermsPage.Form form,
        String mergeInto,
        boolean homepages) {

    TermPage withError(String message) {
        return new TermPage(frame.withError(message), kind, term, form, mergeInto, homepages);
    }
}

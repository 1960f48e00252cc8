package org.gazette.newsroom;

import java.util.List;
import org.gazette.taxonomy.TermEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;

/**
 * A page of tags, authors or credited sources, filtered and ordered as asked, with the form to add one.
 *
 * @param kind         {@code tags}, {@code authors} or {@code sources}, as in the URL
 * @param previousPage link to the page before, or null
 * @param nextPage     link to the page after, or null
 * @param form         what the add form shows (the editor's input after a refusal)
 * @param homepages    whether terms of this kind have a home page (sources)
 */
public record TermsPage(
        NewsroomFrame frame,
        String kind,
        List<Row> rows,
        String filter,
        String sort,
        String previousPage,
        String nextPage,
        Form form,
        boolean homepages) {

    /** One term: where editors manage it, where readers see it, and how many articles carry it. */
    public record Row(
            long id, String name, String slug, String homepage, long articles, String editUrl, String publicUrl) {}

    /** The values of a term's form. */
    public record Form(String name, String slug, String homepage) {
        static final Form EMPTY = new Form("", "", "");
    }

    static Row row(TermEditor.Term term, TermKind kind, Language lang) {
        return new Row(
                term.id(),
                term.name(),
                term.slug(),
                term.homepage(),
                term.articles(),
                TermsController.editPath(kind, term.id()),
                SiteLinks.term(kind, lang, term.slug()));
    }

    TermsPage withError(String message) {
        return new TermsPage(
                frame.withError(message), kind, rows, filter, sort, previousPage, nextPage, form, homepages);
    }
}

package org.gazette.site;

import java.util.List;
import org.gazette.web.Link;

/**
 * The article page: the reference page's date line, text-size toolbar, body with the credit line after
 * its first paragraph and the signature at the end, plus byline, section, tags, translations, related
 * stories, neighbours in the section share links, and the people, organisations and places it names
 * ({@code entities}, linked to their pages). {@code alsoReportedBy} links the other agencies'
 * reports of the same story (its cluster), each labelled with its agency.
 */
public record ArticlePage(
        Frame frame,
        String headline,
        String dek,
        String dateIso,
        String dateMachine,
        String publishedText,
        String archiveUrl,
        String updatedMachine,
        String updatedText,
        Link section,
        List<Link> authors,
        List<Link> tags,
        String bodyHtml,
        Link source,
        String originalUrl,
        String signature,
        List<LanguageLink> translations,
        List<Link> alsoReportedBy,
        List<ArticleCard> related,
        Link previous,
        Link next,
        List<Link> share,
        FontSize fontSize,
        List<Note> notes,
        org.gazette.article.LeadImage leadImage,
        List<Link> entities) {

    /** A dated correction or update note under the story. */
    public record Note(String label, String dateMachine, String dateText, String text) {}

    /** The same page in another frame (the newsroom preview keeps search engines off). */
    public ArticlePage withFrame(Frame other) {
        return new ArticlePage(
                other,
                headline,
                dek,
                dateIso,
                dateMachine,
                publishedText,
                archiveUrl,
                updatedMachine,
                updatedText,
                section,
                authors,
                tags,
                bodyHtml,
                source,
                originalUrl,
                signature,
                translations,
                alsoReportedBy,
                related,
                previous,
                next,
                share,
                fontSize,
                notes,
                leadImage,
                entities);
    }

    public boolean updated() {
        return updatedMachine != null;
    }
}

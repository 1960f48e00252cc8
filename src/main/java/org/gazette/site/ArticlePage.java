package org.gazette.site;

import java.util.List;

/**
 * The article page: the reference page's date line, text-size toolbar, body with the credit line after
 * its first paragraph and the signature at the end, plus byline, section, tags, translations, related
 * stories, neighbours in the section and share links.
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
        List<ArticleCard> related,
        Link previous,
        Link next,
        List<Link> share,
        FontSize fontSize) {

    public boolean updated() {
        return updatedMachine != null;
    }
}

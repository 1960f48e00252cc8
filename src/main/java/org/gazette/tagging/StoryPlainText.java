package org.gazette.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.article.Article;
import org.owasp.html.HtmlSanitizer;

/**
 * A story as the text its mentions' offsets count in: the headline, the dek when there is one, then the body's
 * paragraphs, each block separated from the next by one blank line ({@code "\n\n"}). The body is read from its
 * stored (sanitized) HTML with the OWASP sanitizer's lexer, which the
 * site already uses to clean bodies: markup is dropped, entities are decoded ({@code &amp;} is {@code &}),
 * scripts, styles and templates are skipped, every block element (paragraph, heading, list item, quote, table
 * cell, ...) ends a paragraph, {@code <br>} is a line break, and runs of white space within a paragraph are one
 * space. The same story always gives the same text, so offsets stored once stay right until the story changes.
 * <p>
 * Only the first {@value #MAX_CODE_POINTS} code points are tagged: far longer than any news story, and a
 * bound on the time and memory a pasted book or a hostile body can take. The cut never splits a surrogate pair.
 *
 * @param bodyStart where the body begins in {@code text}, in code points as mentions and events count: what comes
 *                  before it is the headline and the dek; the text's length when the story has no body
 */
record StoryPlainText(String text, int bodyStart) {

    /** How much of a story is tagged, in code points. */
    static final int MAX_CODE_POINTS = 100_000;

    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "table",
            "tr",
            "td",
            "th",
            "caption",
            "section",
            "article",
            "aside",
            "header",
            "footer",
            "hr",
            "address",
            "details",
            "summary");

    StoryPlainText {
        text = capped(text == null ? "" : text);
        bodyStart = Math.max(0, Math.min(bodyStart, text.codePointCount(0, text.length())));
    }

    static StoryPlainText of(Article article) {
        return of(article.headline(), article.dek(), article.bodyHtml());
    }

    static StoryPlainText of(String headline, String dek, String bodyHtml) {
        List<String> paragraphs = new ArrayList<>();
        addParagraph(paragraphs, headline);
        addParagraph(paragraphs, dek);
        String lead = String.join("\n\n", paragraphs);
        if (bodyHtml != null && !bodyHtml.isBlank()) {
            Paragraphs body = new Paragraphs(paragraphs);
            HtmlSanitizer.sanitize(bodyHtml, body);
            body.endParagraph();
        }
        String text = String.join("\n\n", paragraphs);
        int leadLength = lead.codePointCount(0, lead.length());
        int length = text.codePointCount(0, text.length());
        return new StoryPlainText(text, length > leadLength ? leadLength + 2 : length);
    }

    /** How many code points the text has. */
    int length() {
        return text.codePointCount(0, text.length());
    }

    /** Collects the body's text as the lexer reads it (text arrives with its entities decoded). */
    private static final class Paragraphs implements HtmlSanitizer.Policy {

        private final List<String> paragraphs;
        private final StringBuilder current = new StringBuilder();
        private int skipping;

        Paragraphs(List<String> paragraphs) {
            this.paragraphs = paragraphs;
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String name, List<String> attributes) {
            if (SKIPPED.contains(name)) {
                skipping++;
            } else if (name.equals("br")) {
                current.append('\n');
            } else if (BLOCKS.contains(name)) {
                endParagraph();
            }
        }

        @Override
        public void closeTag(String name) {
            if (SKIPPED.contains(name)) {
                skipping = Math.max(0, skipping - 1);
            } else if (BLOCKS.contains(name)) {
                endParagraph();
            }
        }

        @Override
        public void text(String text) {
            if (skipping == 0) {
                current.append(text);
            }
        }

        void endParagraph() {
            addParagraph(paragraphs, current.toString());
            current.setLength(0);
        }
    }

    /** Adds the paragraph with its white space tidied (lines kept), unless nothing is left of it. */
    private static void addParagraph(List<String> paragraphs, String raw) {
        if (raw == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\n")) {
            String tidy = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
    }

    private static String capped(String text) {
        if (text.length() <= MAX_CODE_POINTS) {
            return text; // fewer chars than the cap means fewer code points too
        }
        if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CODE_POINTS));
    }
}

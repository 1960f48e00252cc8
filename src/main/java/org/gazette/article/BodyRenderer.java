package org.gazette.article;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders an article body, as written, into the HTML readers get. Whatever the format, the result
 * passes through one allowlist: text formatting, paragraphs, lists, quotes, headings, tables, figures,
 * and links and images over http(s) only. Scripts, styles, event handlers, frames and every other URL
 * scheme are removed, so a body from a wire feed, an import file or a browser can never run code.
 */
@Component
public class BodyRenderer {

    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*<(?:p|div|ul|ol|blockquote|h[2-6]|figure|table|pre|hr)[\\s>/]", Pattern.CASE_INSENSITIVE);

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "small",
                    "mark",
                    "q",
                    "cite",
                    "abbr",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h2",
                    "h3",
                    "h4",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "figure",
                    "figcaption",
                    "a",
                    "img",
                    "span")
            // headings inside a story sit below the page's own h1
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "p", "div")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .globally()
            .allowAttributes("lang")
            .globally()
            .allowAttributes("src", "alt", "width", "height")
            .onElements("img")
            .allowAttributes("cite")
            .onElements("blockquote", "q")
            .allowAttributes("colspan", "rowspan", "scope")
            .onElements("td", "th")
            .allowStandardUrlProtocols()
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    // CommonMark allows raw HTML; it is kept here and removed or neutralised by the allowlist below
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML =
            HtmlRenderer.builder().sanitizeUrls(true).build();

    /** The sanitized HTML of a body written in the given format. */
    public String render(String body, BodyFormat format) {
        return switch (format) {
            case TEXT -> paragraphs(body);
            case HTML -> sanitize(wrapInlineHtml(body));
            case MARKDOWN -> sanitize(MARKDOWN_HTML.render(MARKDOWN.parse(body)));
        };
    }

    /** Sanitizes HTML from any source against Gazette's allowlist. */
    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String paragraph : BLANK_LINE.split(text.strip())) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            html.append("<p>");
            String[] lines = LINE_BREAK.split(trimmed);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br />");
                }
                html.append(HtmlUtils.htmlEscape(lines[i].strip(), "UTF-8"));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    /**
     * HTML with only inline markup (a sentence with a link, or text paragraphs with some bold) still
     * reads as paragraphs: blank lines separate them, as in a plain-text body.
     */
    private static String wrapInlineHtml(String html) {
        if (BLOCK_START.matcher(html).find()) {
            return html;
        }
        StringBuilder wrapped = new StringBuilder(html.length() + 32);
        for (String paragraph : BLANK_LINE.split(html.strip())) {
            if (!paragraph.isBlank()) {
                wrapped.append("<p>").append(paragraph.strip()).append("</p>");
            }
        }
        return wrapped.toString();
    }
}

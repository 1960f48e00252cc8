package org.gazette.article;

import java.util.Locale;
import java.util.regex.Pattern;

/** How an article body was written; it is always stored as written and rendered to sanitized HTML. */
public enum BodyFormat {
    /** Paragraphs separated by blank lines. */
    TEXT,
    /** HTML markup, sanitized against an allowlist before it is shown. */
    HTML,
    /** CommonMark, written in the newsroom. */
    MARKDOWN;

    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:p|a|b|i|u|s|em|strong|br|hr|div|span|ul|ol|li|h[1-6]|blockquote|figure|figcaption|img|table|"
                    + "thead|tbody|tr|td|th|sub|sup|small|q|cite|abbr|code|pre|script|style|iframe|svg|math|object|"
                    + "embed|video|audio|source|picture|form|input|button|textarea|select|link|meta|base|body|html|head)"
                    + "(?:[\\s/>]|$)",
            Pattern.CASE_INSENSITIVE);

    /** Import bodies are "paragraphs separated by blank lines, or HTML": HTML when it contains a known tag. */
    public static BodyFormat detect(String body) {
        return HTML_TAG.matcher(body).find() ? HTML : TEXT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BodyFormat fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

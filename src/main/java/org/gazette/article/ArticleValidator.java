package org.gazette.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gazette.taxonomy.TermName;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.gazette.text.Slug;

/**
 * The one place where an article's content is checked, whichever way it comes in: import lines, the
 * write API, the newsroom form and its preview, wire items. Each rule refuses with an
 * {@link InvalidArticleException} that names the field and quotes the bad value, so every channel gives
 * the same answer to the same mistake. The input rules are listed in docs/import-format.md.
 */
public class ArticleValidator {

    /** Bodies larger than this are refused; no news story comes near it, a corrupted file can. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    public static final int MAX_DEK_CHARS = 2_000;
    public static final int MAX_TERMS = 50;

    private final List<Language> served;
    private final Clock clock;

    /**
     * @param served the languages this site publishes ({@code GAZETTE_LANGUAGES})
     * @param clock  the clock that says how late a story may be dated
     */
    public ArticleValidator(List<Language> served, Clock clock) {
        this.served = List.copyOf(served);
        this.clock = clock;
    }

    /**
     * Checks every field and returns the article ready to save with {@code status}, or throws at the
     * first field that breaks a rule.
     */
    public ArticleInput validate(ArticleSubmission article, ArticleStatus status) {
        require("id", article.externalId());
        require("headline", article.headline());
        require("date", article.date());
        require("body", article.body());
        require("lang", article.lang());
        refuseNul("id", article.externalId());
        refuseNul("headline", article.headline());
        refuseNul("dek", article.dek());
        refuseNul("date", article.date());
        refuseNul("updated", article.updated());
        refuseNul("body", article.body());
        refuseNul("lang", article.lang());
        refuseNul("section", article.section());
        article.tags().forEach(tag -> refuseNul("tags", tag));
        article.authors().forEach(author -> refuseNul("authors", author));
        refuseNul("source", article.source());
        refuseNul("source_url", article.sourceUrl());
        refuseNul("translation_of", article.translationOf());

        ExternalId id = new ExternalId(article.externalId());
        Headline headline = new Headline(article.headline());
        Language lang = language(article.lang());
        StoryDateRange range = StoryDateRange.at(clock);
        Instant date = range.parse("date", nonEmpty("date", article.date()));
        Instant updated = article.updated() == null ? null : range.parse("updated", article.updated());
        String body = nonEmpty("body", article.body());
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > MAX_BODY_BYTES) {
            throw new InvalidArticleException(
                    "body",
                    null,
                    "field 'body' is " + bodyBytes + " bytes; the limit is " + MAX_BODY_BYTES + " (1 MiB)");
        }
        String dek = blankToNull(article.dek());
        if (dek != null && dek.length() > MAX_DEK_CHARS) {
            throw new InvalidArticleException(
                    "dek", null, "field 'dek' has " + dek.length() + " characters; the limit is " + MAX_DEK_CHARS);
        }
        String section = blankToNull(article.section());
        if (section != null && Slug.from(section).isEmpty()) {
            throw new InvalidArticleException(
                    "section", section, "field 'section' has no letters or digits: '" + Abbreviation.of(section) + "'");
        }
        String source = blankToNull(article.source());
        if (source != null) {
            source = termName("source", source);
        }
        String sourceUrl = blankToNull(article.sourceUrl());
        if (sourceUrl != null && !isWebUrl(sourceUrl)) {
            throw new InvalidArticleException(
                    "source_url",
                    sourceUrl,
                    "field 'source_url' must be an absolute" + " http(s) URL, got '" + Abbreviation.of(sourceUrl)
                            + "'");
        }
        String translationOf = blankToNull(article.translationOf());
        if (id.value().equals(translationOf)) {
            translationOf = null;
        }
        BodyFormat format = article.format() == null ? BodyFormat.detect(body) : article.format();
        return new ArticleInput(
                id.value(),
                headline.value(),
                dek,
                date,
                updated,
                body,
                format,
                lang,
                section,
                terms("tags", article.tags()),
                terms("authors", article.authors()),
                source,
                sourceUrl,
                translationOf,
                status);
    }

    private Language language(String code) {
        String given = nonEmpty("lang", code);
        if (!Language.isSupported(given)) {
            throw new InvalidArticleException(
                    "lang",
                    given,
                    "field 'lang' names an unknown language '"
                            + Abbreviation.of(given) + "'; expected one of "
                            + String.join(", ", Language.SUPPORTED));
        }
        Language language = Language.of(given);
        if (!served.contains(language)) {
            throw new InvalidArticleException(
                    "lang",
                    given,
                    "field 'lang' is '" + given
                            + "', which this site does not publish (GAZETTE_LANGUAGES="
                            + served.stream().map(Language::code).collect(Collectors.joining(",")) + ")");
        }
        return language;
    }

    private static void require(String field, String value) {
        if (value == null) {
            throw new InvalidArticleException(field, null, "missing required field '" + field + "'");
        }
    }

    private static String nonEmpty(String field, String value) {
        if (value.isBlank()) {
            throw new InvalidArticleException(field, value, "field '" + field + "' must not be empty");
        }
        return value;
    }

    private static void refuseNul(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidArticleException(field, value, "field '" + field + "' contains a NUL character");
        }
    }

    private static List<String> terms(String field, List<String> given) {
        if (given.size() > MAX_TERMS) {
            throw new InvalidArticleException(
                    field, null, "field '" + field + "' has " + given.size() + " entries; the limit is " + MAX_TERMS);
        }
        List<String> names = new ArrayList<>(given.size());
        for (String name : given) {
            if (name != null && !name.isBlank()) {
                names.add(termName(field, name));
            }
        }
        return names;
    }

    private static String termName(String field, String raw) {
        try {
            return TermName.of(raw).display();
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(field, raw, "field '" + field + "': " + e.getMessage());
        }
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

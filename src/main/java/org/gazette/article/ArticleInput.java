package org.gazette.article;

import java.time.Instant;
import java.util.List;
import org.gazette.text.ControlCharacters;
import org.gazette.text.Language;

/**
 * An article as a writer hands it over (an import line, an API call, the newsroom form), already
 * checked field by field. {@link ArticleStore} resolves its section, tags, authors and source by name
 * and renders its body.
 */
public record ArticleInput(
        String externalId,
        String headline,
        String dek,
        Instant publishedAt,
        Instant updatedAt,
        String body,
        BodyFormat bodyFormat,
        Language lang,
        String section,
        List<String> tags,
        List<String> authors,
        String source,
        String sourceUrl,
        String translationOf,
        ArticleStatus status) {

    /** Every text field loses stray control characters here, whoever hands the article over. */
    public ArticleInput {
        headline = ControlCharacters.strip(headline);
        dek = ControlCharacters.strip(dek);
        body = ControlCharacters.strip(body);
        section = ControlCharacters.strip(section);
        source = ControlCharacters.strip(source);
        sourceUrl = ControlCharacters.strip(sourceUrl);
        tags = tags == null
                ? List.of()
                : tags.stream().map(ControlCharacters::strip).toList();
        authors = authors == null
                ? List.of()
                : authors.stream().map(ControlCharacters::strip).toList();
    }
}

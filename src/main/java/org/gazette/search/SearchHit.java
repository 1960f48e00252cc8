package org.gazette.search;

import java.time.Instant;
import java.util.List;
import org.gazette.article.ArticleStatus;
import org.gazette.text.Language;

/**
 * One result. {@code headlineHtml} and {@code snippetHtml} are HTML in which everything is escaped
 * except the {@code <mark>} elements around matched words. {@code alsoFrom} names the other sources
 * whose near-identical reports of the same story were folded into this one.
 */
public record SearchHit(
        long articleId,
        String externalId,
        Language lang,
        String slug,
        String headlineHtml,
        String snippetHtml,
        Instant publishedAt,
        String sectionSlug,
        String sectionName,
        String sourceName,
        ArticleStatus status,
        List<String> alsoFrom) {}

package org.gazette.newsroom;

import java.time.Instant;
import org.gazette.article.ArticleStatus;
import org.gazette.text.Language;

/** An article as the newsroom lists it, whatever its status. */
public record ArticleRow(
        long id,
        String externalId,
        Language lang,
        String slug,
        String headline,
        ArticleStatus status,
        String section,
        String source,
        Long createdBy,
        String createdByName,
        Instant modifiedAt,
        Instant publishedAt,
        Instant publishAt,
        long views) {}

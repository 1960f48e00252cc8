package org.gazette.article;

import java.time.Instant;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.Source;
import org.gazette.text.Language;

/** What a list of stories shows of each: enough for a headline, a dek, a date and a section label. */
public record ArticleSummary(
        long id,
        String externalId,
        Language lang,
        String slug,
        String headline,
        String dek,
        Instant publishedAt,
        Instant updatedAt,
        Section section,
        Source source,
        LeadImage leadImage) {}

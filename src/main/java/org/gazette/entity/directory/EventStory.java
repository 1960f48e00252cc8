package org.gazette.entity.directory;

import java.time.Instant;
import org.gazette.text.Language;

/** The published story an event was read from: enough to link to it. */
public record EventStory(
        long id, String externalId, Language lang, String slug, String headline, Instant publishedAt) {}

package org.gazette.article;

import java.time.Instant;

/**
 * The bookkeeping of an article's versions: its version number (raised by every write, a slug change
 * included), when it was first stored and when the current version was written. Syndication formats
 * such as IPTC ninjs publish these; readers see {@link Article#lastModified()} instead.
 */
public record ArticleRevision(int version, Instant created, Instant modified) {}

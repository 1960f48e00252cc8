/**
 * Syndication feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site, each language, and each
 * section, tag and source, at the contract's paths ({@code /en/rss.xml},
 * {@code /en/section/politics/atom.xml}, ...). One format-neutral model ({@link org.gazette.feed.Feed},
 * {@link org.gazette.feed.FeedItem}) is filled from the articles and written by one writer per format.
 * Item ids come from {@link org.gazette.feed.StoryIds}, which derives them from an article's immutable
 * external id, so an edit or a new slug never makes a story look new to a feed reader.
 */
package org.gazette.feed;

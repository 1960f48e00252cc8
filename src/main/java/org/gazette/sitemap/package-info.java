/**
 * Discovery for search engines: the sitemap index ({@code /sitemap.xml}) with one sitemap per month of
 * stories (split at 50,000 URLs), one of front and section pages and, per language, the entity pages
 * (by ranges of 25,000 entity ids), the Google News sitemap of the
 * last 48 hours ({@code /news-sitemap.xml}), and {@code /robots.txt}, which points at both. Sitemaps
 * list each story's translations, and each entity's pages in other languages, as hreflang alternates.
 */
package org.gazette.sitemap;

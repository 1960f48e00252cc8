/**
 * Discovery for search engines: the sitemap index ({@code /sitemap.xml}) with one sitemap per month of
 * stories (split at 50,000 URLs) and one of front and section pages, the Google News sitemap of the
 * last 48 hours ({@code /news-sitemap.xml}), and {@code /robots.txt}, which points at both. Sitemaps
 * list each story's translations as hreflang alternates.
 */
package org.gazette.sitemap;

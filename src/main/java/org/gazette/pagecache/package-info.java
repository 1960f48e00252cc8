/**
 * The page cache: rendered reader pages, feeds and sitemaps kept in memory (bounded by bytes), served to
 * anonymous readers before the security chain and MVC run, compressed once, with strong validators and
 * CDN headers, and dropped precisely by surrogate key when the content they show changes.
 */
package org.gazette.pagecache;

/**
 * What every HTTP-facing feature shares: the reader-page paths fixed by the contract
 * ({@link org.gazette.web.SiteLinks}), labelled links, a language's interface texts and its date formats.
 * The site, feeds, sitemaps, the API and the newsroom depend on it; it depends on no page-serving package.
 */
package org.gazette.web;

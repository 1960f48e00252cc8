/**
 * The wire desk's sources: the feeds (RSS, Atom, NewsML-G2, ninjs) Gazette is to poll, with their
 * language, section, interval and whether items publish themselves. This package stores and checks the
 * settings and shows them; the polling itself is the wire desk's and not part of it yet.
 */
package org.gazette.wire;

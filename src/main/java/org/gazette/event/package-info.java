/**
 * Events in stories: who called, met, accused or signed with whom, who said something, when and about what.
 * A rule-based, sentence-level extractor over the text and its linked mentions ({@link
 * org.gazette.event.EventExtractor}); no database and no Spring, so the tagging pipeline and the pages can call
 * it wherever they need it. The ontology, the rules and the judged figures are in {@code docs/events.md}.
 */
package org.gazette.event;

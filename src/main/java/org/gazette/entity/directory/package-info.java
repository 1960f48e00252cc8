/**
 * The reader's side of entities and events: what pages, feeds, structured data, the API and search read
 * of the people, organisations and places stories name, and of the events their sentences report. It only
 * reads the tables the tagging pipeline and the event extractor write (migration V9), so it works the same
 * whichever of them filled the rows, and hides what readers may not see: hidden entities, merged ones (their
 * slug moves), and everything from stories that are not published.
 */
package org.gazette.entity.directory;

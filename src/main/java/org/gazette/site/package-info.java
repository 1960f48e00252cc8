/**
 * The reader-facing site: home, article, section, tag, source, author and archive pages, the error
 * pages, and the view counts behind "Most read". Pages are rendered on the server from typed view
 * models (jte templates in {@code src/main/jte}) and work without JavaScript.
 */
package org.gazette.site;

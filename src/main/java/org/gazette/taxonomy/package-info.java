/**
 * The terms articles are filed under: sections (with a name per language), tags, authors and credited
 * sources (news agencies). Each has a slug for its reader page and is created on first use by an
 * import or a save.
 */
package org.gazette.taxonomy;

package org.gazette.search;

/** Whose search it is: readers see published stories only; the newsroom sees every status. */
public enum SearchScope {
    READERS,
    NEWSROOM
}

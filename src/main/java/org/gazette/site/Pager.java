package org.gazette.site;

/** Links to the newer and older neighbours of a page of stories; either may be null. */
public record Pager(String newerUrl, String olderUrl) {

    public boolean isEmpty() {
        return newerUrl == null && olderUrl == null;
    }
}

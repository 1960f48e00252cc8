package org.gazette.newsroom;

import java.util.List;

/** One section: the form to name it, order it and move it to another slug, and the one to delete it. */
public record SectionPage(
        NewsroomFrame frame, SectionsPage.Row section, List<String> languages, SectionsPage.Form form) {

    SectionPage withError(String message) {
        return new SectionPage(frame.withError(message), section, languages, form);
    }
}

package org.gazette.site;

import java.util.List;

/**
 * The timeline of a language: events grouped by the day they happened, newest first, and the form that
 * filters them by entity and type.
 *
 * @param entity the name of the entity the list is filtered by, in the page's language, empty for none
 * @param type the type filter's code, empty for none
 * @param filteredBy a line saying what the list is narrowed to, or null
 */
public record EventsPage(
        Frame frame,
        String heading,
        String entity,
        String type,
        List<TypeOption> types,
        String filteredBy,
        List<TimelineDay> days,
        Pager pager) {

    /** An entry of the type filter. */
    public record TypeOption(String code, String label, boolean selected) {}
}

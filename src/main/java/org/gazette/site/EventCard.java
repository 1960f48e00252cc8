package org.gazette.site;

import java.util.List;
import org.gazette.web.Link;

/**
 * One event on a timeline: what kind, the sentence that reports it, who took part (linked to their pages
 * where the extractor linked them), the topics, and the story it comes from.
 *
 * @param actors each actor's name and, when linked, the entity page's address (url null otherwise)
 */
public record EventCard(
        String typeCode,
        String typeLabel,
        String dateMachine,
        String dateText,
        String sentence,
        List<Actor> actors,
        List<String> topics,
        Link story) {

    /** A participant: name, the role and title line shown after it, and the page of the entity if linked. */
    public record Actor(String name, String detail, String url) {}
}

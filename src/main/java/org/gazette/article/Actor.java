package org.gazette.article;

/**
 * Who made a change to an article, as revisions record it: a signed-in user (with their id) or a
 * part of the system such as the importer or the scheduler (without one).
 *
 * @param bulk true for a part of the system that writes stories by the thousand (an import): work that
 *             follows from its changes (tagging) may wait behind what editors and the wire do meanwhile
 */
public record Actor(Long userId, String name, boolean bulk) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name, got '" + name + "'");
        }
    }

    public static Actor user(long id, String name) {
        return new Actor(id, name, false);
    }

    /** A part of Gazette acting on its own, one story at a time, such as "scheduler" or a wire feed. */
    public static Actor system(String name) {
        return new Actor(null, name, false);
    }

    /** A part of Gazette writing many stories at once, such as "import". */
    public static Actor bulk(String name) {
        return new Actor(null, name, true);
    }
}

package org.gazette.article;

/**
 * Who made a change to an article, as revisions record it: a signed-in user (with their id) or a
 * part of the system such as the importer or the scheduler (without one).
 */
public record Actor(Long userId, String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name, got '" + name + "'");
        }
    }

    public static Actor user(long id, String name) {
        return new Actor(id, name);
    }

    /** A part of Gazette acting on its own, such as "import" or "scheduler". */
    public static Actor system(String name) {
        return new Actor(null, name);
    }
}

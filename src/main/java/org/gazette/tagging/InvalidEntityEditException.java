package org.gazette.tagging;

/** An editor's correction of an entity that cannot be made as asked; the message says why, for the editor. */
public class InvalidEntityEditException extends RuntimeException {

    public InvalidEntityEditException(String message) {
        super(message);
    }
}

package org.gazette.taxonomy;

import java.util.Arrays;

/**
 * A change to a term that was not made, and why: a message key of the interface texts with its
 * arguments (the newsroom shows it in the editor's language) and how bad it is, which the newsroom
 * answers as an HTTP status. The exception's own message is the English reason, for logs and tests.
 */
public class TermRefusedException extends RuntimeException {

    /** Why a change was refused. */
    public enum Reason {
        /** The input is wrong: a blank name, a malformed slug or URL, merging a term into itself. */
        INVALID(400),
        /** No term has that id or slug. */
        NOT_FOUND(404),
        /** The change clashes with what is stored: a slug or name taken, a term still in use. */
        CONFLICT(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    TermRefusedException(Reason reason, String english, String messageKey, Object... arguments) {
        super(english, null, false, false);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The refusal for an id that names no term of this kind (never created, or deleted or merged meanwhile). */
    public static TermRefusedException noSuchTerm(TermKind kind, long id) {
        return new TermRefusedException(
                Reason.NOT_FOUND,
                "no " + kind.code() + " with id " + id,
                "nr.terms.error.noSuchTerm",
                String.valueOf(id));
    }

    /** The refusal for a menu order outside 0 to {@code max}, or not a whole number, as typed. */
    public static TermRefusedException badPosition(String typed, int max) {
        return new TermRefusedException(
                Reason.INVALID,
                "the order must be a whole number from 0 to " + max + ", got '" + typed + "'",
                "nr.sections.error.position",
                String.valueOf(max),
                typed);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}

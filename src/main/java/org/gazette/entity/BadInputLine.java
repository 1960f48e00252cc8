package org.gazette.entity;

/** A line of an input file that cannot be tagged, with its number (from 1) and what is wrong with it. */
class BadInputLine extends Exception {

    private final long line;

    BadInputLine(long line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    long line() {
        return line;
    }
}

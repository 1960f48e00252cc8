package org.gazette.ingest;

/** One refused line of an import file, 1-based, and why. */
public record LineError(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}

package org.gazette.text;

/**
 * A value as an error message quotes it: control characters shown as {@code ?}, so the message stays on
 * one line and cannot forge another in a log, and cut with an ellipsis, so a megabyte of junk does not
 * echo back. Every "got '…'" in Gazette's messages goes through it.
 */
public final class Abbreviation {

    /** How much of a value a message shows unless it asks for less. */
    public static final int SHOWN_CHARS = 60;

    private Abbreviation() {}

    /** The value fit to quote, at most {@value #SHOWN_CHARS} characters and an ellipsis; {@code "null"} for null. */
    public static String of(String value) {
        return of(value, SHOWN_CHARS);
    }

    /** The value fit to quote, at most {@code maxChars} characters and an ellipsis; {@code "null"} for null. */
    public static String of(String value, int maxChars) {
        if (value == null) {
            return "null";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > maxChars ? clean.substring(0, maxChars) + "…" : clean;
    }
}

package org.gazette.text;

/**
 * Removes characters that have no place in a story's text: C0 and C1 control characters (tab, line
 * feed and carriage return excepted), the non-characters U+FFFE and U+FFFF, and lone surrogate halves.
 * Agency copy carries them by accident; left in, they make pages invalid HTML and feeds ill-formed XML.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The text without those characters; null stays null. */
    public static String strip(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return !(c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff || Character.isSurrogate(c));
    }
}

package org.gazette.feed;

/**
 * Makes any text safe to put into an XML 1.0 document. Escaping is the XML writer's job; this removes
 * what no escaping can carry: control characters other than tab, line feed and carriage return,
 * unpaired surrogates, and U+FFFE/U+FFFF. Story text from wires and imports can hold any of them, and a
 * single one would make a whole feed unreadable.
 */
public final class XmlText {

    private XmlText() {}

    /** The text without the characters XML 1.0 forbids; null stays null. */
    public static String clean(String text) {
        if (text == null || text.codePoints().allMatch(XmlText::allowed)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        // codePoints() yields an unpaired surrogate as itself, and the surrogate range is not allowed
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The Char production of XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

package org.gazette.wire;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a feed document in any format the wire desk knows, detecting it from the content: JSON is
 * ninjs; XML is RSS or Atom by its root element, NewsML-G2 by its namespace. Never throws anything but
 * {@link UnreadableFeedException} for bad input, and never reaches the network.
 */
public final class WireFeedReader {

    /** Documents larger than this are refused before parsing (a news feed is far smaller). */
    public static final int MAX_DOCUMENT_BYTES = 10 << 20;

    private WireFeedReader() {}

    public static FeedDocument read(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new UnreadableFeedException("is " + bytes.length + " bytes; the limit is " + MAX_DOCUMENT_BYTES);
        }
        int first = firstSignificant(bytes);
        if (first < 0) {
            throw new UnreadableFeedException("is empty");
        }
        if (bytes[first] == '{' || bytes[first] == '[') {
            return NinjsReader.read(bytes);
        }
        Document document = SafeXml.parse(bytes);
        Element root = document.getDocumentElement();
        try {
            if (NewsMlReader.reads(root)) {
                return NewsMlReader.read(document);
            }
            if (SyndicationReader.reads(root)) {
                return SyndicationReader.read(document);
            }
        } catch (StackOverflowError e) {
            throw new UnreadableFeedException("nests its elements too deeply");
        }
        throw new UnreadableFeedException("is not a news feed: root element <" + root.getNodeName()
                + "> is none of RSS, Atom, NewsML-G2 newsItem/newsMessage or ninjs");
    }

    /** The index of the first byte that is not a byte-order mark or white space, or -1. */
    private static int firstSignificant(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return i;
            }
        }
        return -1;
    }
}

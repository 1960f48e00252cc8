package org.gazette.wire;

/**
 * An item of a feed that was not imported, and why.
 *
 * @param position the item's place in the document, 1-based
 * @param guid     its identity when it had one, else null
 */
public record RefusedItem(int position, String guid, String reason) {

    @Override
    public String toString() {
        return "item " + position + (guid == null ? "" : " (" + guid + ")") + ": " + reason;
    }
}

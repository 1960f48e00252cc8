package org.gazette.wire;

import java.util.List;

/** A feed read from its bytes: the items that can be imported and those refused, each with its reason. */
public record FeedDocument(FeedFormat format, List<WireItem> items, List<RefusedItem> refused) {

    public FeedDocument {
        items = List.copyOf(items);
        refused = List.copyOf(refused);
    }
}

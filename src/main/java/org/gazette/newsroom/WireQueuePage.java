package org.gazette.newsroom;

import java.util.List;
import org.gazette.wire.WireQueue;

/**
 * The wire queue: waiting items with their versions. Bodies are agency HTML, sanitised for display like
 * any article body ({@code bodies} holds the sanitised HTML of each version, newest first).
 */
public record WireQueuePage(NewsroomFrame frame, List<Entry> entries) {

    /** One waiting item and the sanitised bodies of its versions, newest first. */
    public record Entry(WireQueue.QueuedItem item, List<String> bodies) {}
}

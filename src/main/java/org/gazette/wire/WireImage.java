package org.gazette.wire;

/** A picture a wire item points at: its address and credit as sent. Gazette records it and never fetches it. */
public record WireImage(String url, String credit, String caption) {}

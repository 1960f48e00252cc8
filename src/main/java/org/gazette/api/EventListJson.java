package org.gazette.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A page of events and, when there are more, the cursor and URL of the next page. */
record EventListJson(List<EventJson> items, @JsonProperty("next_cursor") String nextCursor, String next) {}

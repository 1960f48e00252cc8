package org.gazette.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A page of articles and, when there are more, the cursor and URL of the next page. */
record ArticleListJson(List<ArticleSummaryJson> items, @JsonProperty("next_cursor") String nextCursor, String next) {}

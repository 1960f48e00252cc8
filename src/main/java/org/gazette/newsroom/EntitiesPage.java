package org.gazette.newsroom;

import java.util.List;
import org.gazette.tagging.EntityListing;

/** {@code /newsroom/entities}: a page of entities, the search words and type filter that chose them. */
public record EntitiesPage(NewsroomFrame frame, EntityListing listing, String query, String type, List<String> types) {

    /** The address of another page of the same list. */
    public String pageUrl(int page) {
        StringBuilder url = new StringBuilder("/newsroom/entities?page=").append(page);
        if (query != null && !query.isBlank()) {
            url.append("&q=").append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (type != null && !type.isBlank()) {
            url.append("&type=").append(type);
        }
        return url.toString();
    }
}

package org.gazette.newsroom;

import java.util.List;
import org.gazette.article.LeadImage;

/** The image library: upload form and the latest images. */
public record MediaPage(NewsroomFrame frame, List<LeadImage> images, long maxBytes) {}

package org.gazette.site;

import java.util.List;

/** A 404, 410 or 400 page: what went wrong, a search box, and the latest stories to carry on with. */
public record ErrorPage(Frame frame, int status, String title, String text, List<ArticleCard> latest) {}

package org.gazette.site;

import java.util.List;
import org.gazette.web.Link;

/** The front page of one language. */
public record HomePage(
        Frame frame,
        ArticleCard topStory,
        List<ArticleCard> latest,
        List<SectionBlock> sections,
        List<ArticleCard> mostRead) {

    /** The newest stories of one section, with a link to the whole section. */
    public record SectionBlock(String slug, Link section, String moreLabel, List<ArticleCard> stories) {}
}

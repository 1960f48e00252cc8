package org.gazette.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ShownDates;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /{lang}/news/{slug}}: one story. Old slugs redirect; withdrawn stories answer 410. */
@Controller
class ArticlePageController {

    private final ArticleRepository articles;
    private final SiteLanguages languages;
    private final ArticlePages pages;
    private final ReadCounter reads;
    private final Clock clock;

    ArticlePageController(
            ArticleRepository articles, SiteLanguages languages, ArticlePages pages, ReadCounter reads, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.languages = languages;
        this.pages = pages;
        this.reads = reads;
    }

    @GetMapping("/{lang:[a-z]{2}}/news/{slug}")
    String article(
            @PathVariable String lang,
            @PathVariable String slug,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = languages.require(lang);
        Optional<Article> found = articles.findBySlug(language, slug);
        if (found.isEmpty()) {
            Optional<String> current = articles.currentSlugForRetired(language, slug);
            if (current.isPresent()) {
                return PermanentRedirect.to(SiteLinks.article(language, current.get()), request, response);
            }
            throw new PageNotFoundException(language);
        }
        Article article = found.get();
        // a story dated out of range, stored by an older version, is not public (ShownDates)
        if (!ShownDates.at(clock).shows(article)) {
            if (article.status() == ArticleStatus.UNPUBLISHED) {
                throw new StoryWithdrawnException(language);
            }
            throw new PageNotFoundException(language);
        }
        reads.record(article.id());
        SurrogateKeys.countViewsOf(article.id());
        SurrogateKeys.declare(SurrogateKeys.storyPage(article.id()));
        model.addAttribute("page", pages.build(article));
        return "site/article";
    }
}

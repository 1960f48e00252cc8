package org.gazette.site;

import java.util.List;
import java.util.Map;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The reader's error page: what went wrong, a search box and the latest stories, in the page's language. */
@Component
class ErrorPages {

    private static final int LATEST = 6;

    private final ArticleRepository articles;
    private final FrameFactory frames;

    ErrorPages(ArticleRepository articles, FrameFactory frames) {
        this.articles = articles;
        this.frames = frames;
    }

    ModelAndView page(Language lang, HttpStatus status, String titleKey, String textKey) {
        return pageSaying(lang, status, titleKey, frames.texts(lang).get(textKey));
    }

    /** The error page with a text of its own: what exactly was wrong with the request. */
    ModelAndView pageSaying(Language lang, HttpStatus status, String titleKey, String text) {
        Texts texts = frames.texts(lang);
        DateFormats dates = frames.dates(lang);
        List<ArticleCard> latest = articles.page(ArticleFilter.language(lang), null, null, LATEST).stream()
                .map(s -> ArticleCard.from(s, dates))
                .toList();
        Frame frame =
                frames.frame(lang, texts.get(titleKey), SiteLinks.home(lang)).notIndexed();
        ModelAndView view = new ModelAndView(
                "site/error", Map.of("page", new ErrorPage(frame, status.value(), texts.get(titleKey), text, latest)));
        view.setStatus(status);
        return view;
    }
}

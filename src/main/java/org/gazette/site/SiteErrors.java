package org.gazette.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Reader-facing error pages: 404 with a search box and the latest stories, 410 for withdrawn stories.
 * Unknown addresses under {@code /api/} get a problem detail instead of a page.
 */
@ControllerAdvice
// before Spring's own problem-detail handler, so a reader who mistypes an address gets a page, not JSON
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteErrors {

    private static final int LATEST = 6;

    private final ArticleRepository articles;
    private final SiteLanguages languages;
    private final FrameFactory frames;

    SiteErrors(ArticleRepository articles, SiteLanguages languages, FrameFactory frames) {
        this.articles = articles;
        this.languages = languages;
        this.frames = frames;
    }

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(PageNotFoundException e, HttpServletRequest request) {
        return page(e.lang(), HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.text", request);
    }

    @ExceptionHandler(StoryWithdrawnException.class)
    ModelAndView gone(StoryWithdrawnException e, HttpServletRequest request) {
        return page(e.lang(), HttpStatus.GONE, "error.gone.title", "error.gone.text", request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchAddress(NoResourceFoundException e, HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API endpoint at " + path);
            problem.setTitle("Not Found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return page(
                languages.guess(path), HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.text", request);
    }

    private ModelAndView page(
            Language lang, HttpStatus status, String titleKey, String textKey, HttpServletRequest request) {
        Texts texts = frames.texts(lang);
        DateFormats dates = frames.dates(lang);
        List<ArticleCard> latest = articles.page(ArticleFilter.language(lang), null, null, LATEST).stream()
                .map(s -> ArticleCard.from(s, dates))
                .toList();
        Frame frame =
                frames.frame(lang, texts.get(titleKey), SiteLinks.home(lang)).notIndexed();
        ModelAndView view = new ModelAndView(
                "site/error",
                Map.of("page", new ErrorPage(frame, status.value(), texts.get(titleKey), texts.get(textKey), latest)));
        view.setStatus(status);
        return view;
    }
}

package org.gazette.site;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.article.SiteDays;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The date archive: {@code /{lang}/archive/2024/09/16} lists a day's stories and
 * {@code /{lang}/archive/2024/09} a month's, with the days that have stories. Days are the site's time
 * zone's days.
 */
@Controller
class ArchiveController {

    private final ArticleRepository articles;
    private final SiteLanguages languages;
    private final FrameFactory frames;
    private final StoryPages pages;
    private final SiteDays days;

    ArchiveController(
            ArticleRepository articles, SiteLanguages languages, FrameFactory frames, StoryPages pages, SiteDays days) {
        this.articles = articles;
        this.days = days;
        this.languages = languages;
        this.frames = frames;
        this.pages = pages;
    }

    @GetMapping("/{lang:[a-z]{2}}/archive/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}")
    String day(
            @PathVariable String lang,
            @PathVariable int year,
            @PathVariable int month,
            @PathVariable int day,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model) {
        Language language = languages.require(lang);
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new PageNotFoundException(language);
        }
        ArticleFilter filter = ArticleFilter.language(language).between(days.start(date), days.end(date));
        String path = SiteLinks.archiveDay(language, year, month, day);
        SurrogateKeys.declare(SurrogateKeys.day(language, date), SurrogateKeys.month(language, date));
        DateFormats dates = frames.dates(language);
        String heading = frames.texts(language).get("listing.archive.day", dates.longDate(days.middayOf(date)));
        model.addAttribute("page", listing(language, path, heading, filter, before, after, List.of()));
        return "site/listing";
    }

    @GetMapping("/{lang:[a-z]{2}}/archive/{year:\\d{4}}/{month:\\d{2}}")
    String month(
            @PathVariable String lang,
            @PathVariable int year,
            @PathVariable int month,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model) {
        Language language = languages.require(lang);
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw new PageNotFoundException(language);
        }
        ArticleFilter filter = ArticleFilter.language(language).between(days.start(yearMonth), days.end(yearMonth));
        SurrogateKeys.declare(SurrogateKeys.month(language, yearMonth.atDay(1)));
        DateFormats dates = frames.dates(language);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Instant time : articles.publicationTimes(filter)) {
            perDay.merge(days.dayOf(time), 1, Integer::sum);
        }
        List<Link> dayLinks = new ArrayList<>();
        perDay.forEach((date, count) -> dayLinks.add(new Link(
                SiteLinks.archiveDay(language, date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                dates.longDate(days.middayOf(date)) + " (" + count + ")")));
        String heading = frames.texts(language)
                .get("listing.archive.month", dates.monthYear(days.middayOf(yearMonth.atDay(15))));
        model.addAttribute(
                "page",
                listing(
                        language,
                        SiteLinks.archiveMonth(language, year, month),
                        heading,
                        filter,
                        before,
                        after,
                        dayLinks));
        return "site/listing";
    }

    private ListingPage listing(
            Language lang,
            String path,
            String heading,
            ArticleFilter filter,
            String before,
            String after,
            List<Link> days) {
        return pages.listing(
                lang, path, frames.texts(lang).get("listing.archive"), heading, filter, before, after, null, days);
    }
}

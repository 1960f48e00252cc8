package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.ArticleStatus;
import org.gazette.system.GazetteProperties;
import org.gazette.web.DateFormats;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /newsroom}: counts per status, what goes live next, what waits for review, output and readership. */
@Controller
class DashboardController {

    private static final int CHART_DAYS = 30;
    private static final int MOST_READ_DAYS = 7;

    private final NewsroomArticles articles;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;
    private final Clock clock;

    DashboardController(NewsroomArticles articles, NewsroomFrames frames, GazetteProperties properties, Clock clock) {
        this.articles = articles;
        this.frames = frames;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/newsroom")
    String dashboard(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.dashboard.title", "dashboard");
        boolean desk = user.can(Role.EDITOR);
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        Map<ArticleStatus, Long> counts = articles.countsByStatus(desk ? null : user.id());
        List<DashboardPage.StatusCount> statusCounts = counts.entrySet().stream()
                .map(e -> new DashboardPage.StatusCount(
                        e.getKey().code(),
                        frame.texts().get("nr.status." + e.getKey().code()),
                        e.getValue()))
                .toList();
        List<DashboardPage.Item> scheduled = articles.nextScheduled(5).stream()
                .filter(r -> desk || (r.createdBy() != null && r.createdBy() == user.id()))
                .map(r -> new DashboardPage.Item(r.id(), r.headline(), r.lang().code(), dates.dateTime(r.publishAt())))
                .toList();
        List<DashboardPage.Item> review = desk
                ? articles.inReview(10).stream()
                        .map(r -> new DashboardPage.Item(
                                r.id(),
                                r.headline(),
                                r.lang().code(),
                                r.createdByName() == null ? "" : r.createdByName()))
                        .toList()
                : List.of();
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        BarChart chart = BarChart.perDay(
                articles.firstPublications(today.minusDays(CHART_DAYS - 1L)
                        .atStartOfDay(properties.zone())
                        .toInstant()),
                today,
                CHART_DAYS,
                properties.zone(),
                frame.lang().locale());
        long since = clock.millis() / 86_400_000L - MOST_READ_DAYS + 1;
        List<DashboardPage.Item> mostRead = articles.mostRead(since, 10).stream()
                .map(r -> new DashboardPage.Item(
                        r.id(), r.headline(), r.lang().code(), frame.texts().get("nr.dashboard.views", r.views())))
                .toList();
        model.addAttribute("page", new DashboardPage(frame, statusCounts, scheduled, review, chart, mostRead, desk));
        return "newsroom/dashboard";
    }
}

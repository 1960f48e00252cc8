package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gazette.account.NewsroomUser;
import org.gazette.cluster.StoryClusters;
import org.gazette.system.GazetteProperties;
import org.gazette.web.DateFormats;
import org.gazette.web.SiteLinks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /newsroom/clusters}: the newest story clusters, and {@code /newsroom/clusters/{id}}, one of them. */
@Controller
class ClustersController {

    private static final int SHOWN = 50;

    private final StoryClusters clusters;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;

    ClustersController(StoryClusters clusters, NewsroomFrames frames, GazetteProperties properties) {
        this.clusters = clusters;
        this.frames = frames;
        this.properties = properties;
    }

    @GetMapping("/newsroom/clusters")
    String list(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.clusters.title", "clusters");
        model.addAttribute("page", new ClustersPage(frame, shown(frame, clusters.newest(null, SHOWN))));
        return "newsroom/clusters";
    }

    @GetMapping("/newsroom/clusters/{id}")
    String one(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.clusters.title", "clusters");
        StoryClusters.Cluster cluster = clusters.cluster(id)
                .orElseThrow(() -> new ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "no story cluster " + id));
        model.addAttribute("page", new ClustersPage(frame, shown(frame, List.of(cluster))));
        return "newsroom/clusters";
    }

    private List<ClustersPage.Cluster> shown(NewsroomFrame frame, List<StoryClusters.Cluster> found) {
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        return found.stream()
                .map(c -> new ClustersPage.Cluster(
                        c.id(),
                        c.reports().stream()
                                .map(r -> new ClustersPage.Report(
                                        r.id(),
                                        r.headline(),
                                        r.source() == null ? "" : r.source().name(),
                                        r.lang().code(),
                                        dates.dateTime(r.publishedAt()),
                                        SiteLinks.article(r.lang(), r.slug())))
                                .toList()))
                .toList();
    }
}

package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.gazette.system.GazetteProperties;
import org.gazette.web.DateFormats;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/audit} (admins only): who signed in, published, unpublished, deleted, changed users. */
@Controller
class AuditController {

    private static final int PAGE = 100;

    private final AuditLog audit;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;

    AuditController(AuditLog audit, NewsroomFrames frames, GazetteProperties properties) {
        this.audit = audit;
        this.frames = frames;
        this.properties = properties;
    }

    @GetMapping("/newsroom/audit")
    String audit(
            @RequestParam(required = false) Long before,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.audit.title", "audit");
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        List<AuditLog.Entry> entries = audit.entries(before, PAGE);
        List<AuditPage.Row> rows = entries.stream()
                .map(e -> new AuditPage.Row(
                        dates.dateTime(e.at()) + ":"
                                + String.format(
                                        Locale.ROOT,
                                        "%02d",
                                        e.at().atZone(properties.zone()).getSecond()),
                        e.actor(),
                        frame.texts().get("nr.audit." + e.action().code()),
                        e.target(),
                        e.detail(),
                        e.clientAddress()))
                .toList();
        String older = entries.size() == PAGE
                ? "/newsroom/audit?before=" + entries.get(entries.size() - 1).id()
                : null;
        model.addAttribute("page", new AuditPage(frame, rows, older));
        return "newsroom/audit";
    }
}

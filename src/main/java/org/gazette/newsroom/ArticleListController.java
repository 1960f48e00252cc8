package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.ArticleStatus;
import org.gazette.site.DateFormats;
import org.gazette.site.Link;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TaxonomyRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /newsroom/articles}: every article the user may see, filtered and sorted. Reporters see their own. */
@Controller
class ArticleListController {

    private final NewsroomArticles articles;
    private final NewsroomFrames frames;
    private final TaxonomyRepository taxonomy;
    private final GazetteProperties properties;
    private final JdbcClient jdbc;

    ArticleListController(NewsroomArticles articles, NewsroomFrames frames, TaxonomyRepository taxonomy,
            GazetteProperties properties, JdbcClient jdbc) {
        this.articles = articles;
        this.frames = frames;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @GetMapping("/newsroom/articles")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String section, @RequestParam(required = false) String author,
            @RequestParam(required = false) String source, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            @AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.list.title", "articles");
        ArticleQuery query = ArticleQuery.from(status, lang, section, author, source, q, sort, page);
        if (!user.can(Role.EDITOR)) {
            query = query.ownedBy(user.id());
        }
        List<ArticleRow> found = new ArrayList<>(articles.search(query));
        boolean more = found.size() > ArticleQuery.PAGE_SIZE;
        if (more) {
            found.remove(found.size() - 1);
        }
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        List<ArticleListPage.Row> rows = found.stream().map(r -> new ArticleListPage.Row(r.id(), r.headline(),
                r.lang().code(), r.status().code(), frame.texts().get("nr.status." + r.status().code()), r.section(),
                r.createdByName(), dates.dateTime(r.modifiedAt()),
                r.status() == ArticleStatus.SCHEDULED && r.publishAt() != null ? dates.dateTime(r.publishAt())
                        : dates.dateTime(r.publishedAt()))).toList();
        List<Link> statuses = java.util.Arrays.stream(ArticleStatus.values())
                .map(s -> new Link(s.code(), frame.texts().get("nr.status." + s.code()))).toList();
        List<Link> languages = properties.siteLanguages().stream()
                .map(l -> new Link(l.code(), frame.texts().languageName(l))).toList();
        List<Link> sections = taxonomy.sections(frame.lang()).stream().map(s -> new Link(s.slug(), s.name())).toList();
        List<Link> sources = jdbc.sql("select id, name from sources order by name").query((rs, i) ->
                new Link(String.valueOf(rs.getLong(1)), rs.getString(2))).list();
        UriComponentsBuilder here = UriComponentsBuilder.fromPath("/newsroom/articles");
        addParam(here, "status", status);
        addParam(here, "lang", lang);
        addParam(here, "section", section);
        addParam(here, "author", author);
        addParam(here, "source", source);
        addParam(here, "q", q);
        addParam(here, "sort", sort);
        String previous = query.page() > 1 ? here.cloneBuilder().queryParam("page", query.page() - 1).encode().build()
                .toUriString() : null;
        String next = more ? here.cloneBuilder().queryParam("page", query.page() + 1).encode().build().toUriString()
                : null;
        model.addAttribute("page", new ArticleListPage(frame, query, rows, statuses, languages, sections, sources,
                previous, next));
        return "newsroom/articles";
    }

    private static void addParam(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value);
        }
    }
}

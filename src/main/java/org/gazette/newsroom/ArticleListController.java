package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.ArticleStatus;
import org.gazette.cluster.StoryClusters;
import org.gazette.search.ArticleSearch;
import org.gazette.search.InvalidSearchException;
import org.gazette.search.SearchRequest;
import org.gazette.search.SearchResults;
import org.gazette.search.SearchScope;
import org.gazette.search.SearchSort;
import org.gazette.search.SearchText;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.text.Abbreviation;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /newsroom/articles}: every article the user may see, filtered and sorted. Reporters see their
 * own. The text box searches with the search engine in its newsroom scope (every status, stemming,
 * phrases, {@code -word} and {@code OR}), and also matches headline, dek and id literally.
 */
@Controller
class ArticleListController {

    private static final Logger log = LoggerFactory.getLogger(ArticleListController.class);
    /** Ids are read from the search engine in pages of this many, down to its greatest depth. */
    private static final int SEARCH_PAGE = 100;

    private final NewsroomArticles articles;
    private final NewsroomFrames frames;
    private final TaxonomyRepository taxonomy;
    private final GazetteProperties properties;
    private final JdbcClient jdbc;
    private final ArticleSearch search;

    private final StoryClusters clusters;

    ArticleListController(
            NewsroomArticles articles,
            NewsroomFrames frames,
            TaxonomyRepository taxonomy,
            GazetteProperties properties,
            JdbcClient jdbc,
            ArticleSearch search,
            StoryClusters clusters) {
        this.search = search;
        this.clusters = clusters;
        this.articles = articles;
        this.frames = frames;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @GetMapping("/newsroom/articles")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.list.title", "articles");
        ArticleQuery query = ArticleQuery.from(status, lang, section, author, source, q, sort, page);
        if (!user.can(Role.EDITOR)) {
            query = query.ownedBy(user.id());
        }
        String problem = null;
        List<Long> ranked = null;
        if (query.text() != null) {
            try {
                ranked = ranked(query);
            } catch (InvalidSearchException e) {
                problem = e.reason();
            } catch (RuntimeException e) {
                // the list still answers, matching the text literally, while the search engine cannot
                log.warn(
                        "newsroom list: the search engine failed for '{}', matching the text literally: {}",
                        Abbreviation.of(query.text()),
                        e.toString());
            }
        }
        List<ArticleRow> found = problem != null ? new ArrayList<>() : new ArrayList<>(articles.search(query, ranked));
        boolean more = found.size() > ArticleQuery.PAGE_SIZE;
        if (more) {
            found.remove(found.size() - 1);
        }
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        Map<Long, Long> clusterOf =
                clusters.clustersOf(found.stream().map(ArticleRow::id).toList());
        List<ArticleListPage.Row> rows = found.stream()
                .map(r -> new ArticleListPage.Row(
                        r.id(),
                        r.headline(),
                        r.lang().code(),
                        r.status().code(),
                        frame.texts().get("nr.status." + r.status().code()),
                        r.section(),
                        r.createdByName(),
                        dates.dateTime(r.modifiedAt()),
                        r.status() == ArticleStatus.SCHEDULED && r.publishAt() != null
                                ? dates.dateTime(r.publishAt())
                                : dates.dateTime(r.publishedAt()),
                        clusterOf.get(r.id())))
                .toList();
        List<Link> statuses = java.util.Arrays.stream(ArticleStatus.values())
                .map(s -> new Link(s.code(), frame.texts().get("nr.status." + s.code())))
                .toList();
        List<Link> languages = properties.siteLanguages().stream()
                .map(l -> new Link(l.code(), frame.texts().languageName(l)))
                .toList();
        List<Link> sections = taxonomy.sections(frame.lang()).stream()
                .map(s -> new Link(s.slug(), s.name()))
                .toList();
        List<Link> sources = articles.sourceChoices(user.can(Role.EDITOR) ? null : user.id());
        UriComponentsBuilder here = UriComponentsBuilder.fromPath("/newsroom/articles");
        addParam(here, "status", status);
        addParam(here, "lang", lang);
        addParam(here, "section", section);
        addParam(here, "author", author);
        addParam(here, "source", source);
        addParam(here, "q", q);
        addParam(here, "sort", sort);
        String previous = query.page() > 1
                ? here.cloneBuilder()
                        .queryParam("page", query.page() - 1)
                        .encode()
                        .build()
                        .toUriString()
                : null;
        String next = more
                ? here.cloneBuilder()
                        .queryParam("page", query.page() + 1)
                        .encode()
                        .build()
                        .toUriString()
                : null;
        model.addAttribute(
                "page",
                new ArticleListPage(
                        frame, query, rows, statuses, languages, sections, sources, previous, next, problem));
        return "newsroom/articles";
    }

    /**
     * What the search engine finds for the text, best first, in every status (the newsroom scope) and
     * within the filters it knows (language, section, source); the list applies the rest, and the
     * reporter's own-articles rule, to these ids. The ids never reach the page themselves: every row
     * shown is read from the database under all the filters.
     */
    private List<Long> ranked(ArticleQuery query) {
        SearchText text = SearchText.from(query.text());
        if (text.isEmpty()) {
            return List.of();
        }
        String sourceSlug = query.sourceId() == null
                ? null
                : jdbc.sql("select slug from sources where id = :id")
                        .param("id", query.sourceId())
                        .query(String.class)
                        .optional()
                        .orElse("-");
        SearchRequest request = new SearchRequest(
                text,
                query.lang(),
                query.section(),
                null,
                sourceSlug,
                null,
                null,
                SearchSort.RELEVANCE,
                1,
                SEARCH_PAGE,
                SearchScope.NEWSROOM);
        Set<Long> ids = new LinkedHashSet<>();
        for (int page = 1; page <= SearchRequest.MAX_DEPTH / SEARCH_PAGE; page++) {
            SearchResults results = search.search(request.withPage(page));
            results.hits().forEach(hit -> ids.add(hit.articleId()));
            if (!results.hasMore()) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    private static void addParam(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value);
        }
    }
}

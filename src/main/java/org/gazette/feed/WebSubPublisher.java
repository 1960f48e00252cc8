package org.gazette.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.gazette.article.Article;
import org.gazette.article.ArticleChanged;
import org.gazette.article.ArticleRepository;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TermChanged;
import org.gazette.web.SiteLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the WebSub hub ({@code GAZETTE_WEBSUB_HUB}) which feeds changed, so subscribers hear of a story
 * within seconds instead of at their next poll. A changed story touches the whole site's feeds, its
 * language's, and those of its section, tags and source; the topics are collected and sent every few
 * seconds, each once, however many stories an import changed. A hub that cannot be reached is logged and
 * skipped: the feeds stay correct, and subscribers catch up at the next change or poll. Renamed and
 * merged terms are announced too, since they change the items of every feed their stories are in.
 */
@Component
class WebSubPublisher {

    private static final Logger log = LoggerFactory.getLogger(WebSubPublisher.class);

    private static final int STORIES_PER_TERM_CHANGE = 100;

    private final FeedProperties properties;
    private final GazetteProperties site;
    private final ArticleRepository articles;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebSubPublisher(FeedProperties properties, GazetteProperties site, ArticleRepository articles) {
        this.properties = properties;
        this.site = site;
        this.articles = articles;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ArticleChanged change) {
        // the node that made a change announces it, once for the whole site
        if (properties.websubHub() == null || change.fromAnotherNode()) {
            return;
        }
        List<String> pages = new ArrayList<>();
        pages.add("/");
        pages.add(SiteLinks.home(change.lang()));
        articles.findById(change.articleId()).ifPresent(article -> pages.addAll(termPages(article)));
        announce(pages);
    }

    /**
     * A renamed or merged term changes the items of every feed its stories are in: the site's, each
     * language's, and the term pages of those stories (among them the term's new address). The term
     * pages are read from the first {@value #STORIES_PER_TERM_CHANGE} stories, enough to meet each
     * language's page of a term however many stories it has.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TermChanged change) {
        if (properties.websubHub() == null || change.articleIds().isEmpty() || change.fromAnotherNode()) {
            return;
        }
        Set<String> pages = new LinkedHashSet<>();
        pages.add("/");
        site.siteLanguages().forEach(lang -> pages.add(SiteLinks.home(lang)));
        change.articleIds().stream().limit(STORIES_PER_TERM_CHANGE).forEach(id -> articles.findById(id)
                .ifPresent(article -> pages.addAll(termPages(article))));
        announce(pages);
    }

    private void announce(Collection<String> pages) {
        for (String page : pages) {
            for (FeedFormat format : FeedFormat.values()) {
                pending.add(site.absolute(SiteLinks.feed(page, format.fileName())));
            }
        }
    }

    private static List<String> termPages(Article article) {
        List<String> pages = new ArrayList<>();
        if (article.section() != null) {
            pages.add(SiteLinks.section(article.lang(), article.section().slug()));
        }
        article.tags().forEach(tag -> pages.add(SiteLinks.tag(article.lang(), tag.slug())));
        if (article.source() != null) {
            pages.add(SiteLinks.source(article.lang(), article.source().slug()));
        }
        return pages;
    }

    /** Sends what has collected since the last run: one publish notification per changed feed. */
    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
    void publish() {
        if (properties.websubHub() == null || pending.isEmpty()) {
            return;
        }
        Set<String> topics = new LinkedHashSet<>(pending);
        pending.removeAll(topics);
        int failed = 0;
        String lastProblem = null;
        for (String topic : topics) {
            String problem = notifyHub(topic);
            if (problem != null) {
                failed++;
                lastProblem = problem;
            }
        }
        if (failed > 0) {
            log.warn(
                    "WebSub hub {} refused or missed {} of {} feed updates; last: {}",
                    properties.websubHub(),
                    failed,
                    topics.size(),
                    lastProblem);
        }
    }

    /** Null when the hub accepted the notification (any 2xx), otherwise what went wrong. */
    private String notifyHub(String topic) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.websubHub()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status + " for " + topic;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " for " + topic + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

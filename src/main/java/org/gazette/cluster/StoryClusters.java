package org.gazette.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleSummary;
import org.gazette.text.Language;
import org.springframework.stereotype.Service;

/**
 * What readers' pages, search and the newsroom read of story clusters: the other reports of a story, and
 * lists with one story per cluster. Only published stories are ever in a cluster.
 */
@Service
public class StoryClusters {

    /** A story in a list, with the other published reports of its story (newest first); none when alone. */
    public record Folded(ArticleSummary story, List<ArticleSummary> otherReports) {}

    /** A cluster as the newsroom lists it: its reports, newest first. */
    public record Cluster(long id, List<ArticleSummary> reports) {}

    private final ClusterStore store;
    private final ArticleRepository articles;

    StoryClusters(ClusterStore store, ArticleRepository articles) {
        this.store = store;
        this.articles = articles;
    }

    /** The other published reports of the story, newest first: empty when it is in no cluster. */
    public List<ArticleSummary> otherReports(long articleId, Language lang) {
        Map<Long, Long> cluster = store.clustersOf(List.of(articleId));
        if (cluster.isEmpty()) {
            return List.of();
        }
        List<Long> members = store.members(cluster.get(articleId));
        return articles.listedAmong(ArticleFilter.language(lang), members).stream()
                .filter(s -> s.id() != articleId)
                .toList();
    }

    /** The cluster of each of these stories that is in one. */
    public Map<Long, Long> clustersOf(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? Map.of() : store.clustersOf(articleIds);
    }

    /**
     * For each of these stories in a cluster, the sources of the other published reports, by name, in the
     * order of the reports (newest first), each once, the story's own source left out.
     */
    public Map<Long, List<String>> otherSources(Collection<Long> articleIds) {
        Map<Long, List<ArticleSummary>> others = others(articleIds);
        Map<Long, List<String>> names = new HashMap<>();
        for (Map.Entry<Long, List<ArticleSummary>> entry : others.entrySet()) {
            names.put(entry.getKey(), sourceNames(entry.getValue(), null));
        }
        return names;
    }

    /**
     * One story per cluster: the stories of a list (newest first, as {@link ArticleRepository#page} gives
     * them) without those that a newer report of their story in the same list stands for. A story's newer
     * companion may be on an earlier page: it is left out all the same, so every page of the list shows
     * each story once.
     */
    public List<Folded> fold(ArticleFilter filter, List<ArticleSummary> stories) {
        if (stories.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> clusterOf =
                store.clustersOf(stories.stream().map(ArticleSummary::id).toList());
        if (clusterOf.isEmpty()) {
            return stories.stream().map(s -> new Folded(s, List.of())).toList();
        }
        Map<Long, List<Long>> members = store.membersOf(new LinkedHashSet<>(clusterOf.values()));
        Set<Long> memberIds = new LinkedHashSet<>();
        members.values().forEach(memberIds::addAll);
        Map<Long, ArticleSummary> published = new HashMap<>();
        for (ArticleSummary s : articles.listedAmong(ArticleFilter.language(filter.lang()), memberIds)) {
            published.put(s.id(), s);
        }
        Set<Long> listed = new HashSet<>();
        articles.listedAmong(filter, memberIds).forEach(s -> listed.add(s.id()));

        List<Folded> folded = new ArrayList<>(stories.size());
        for (ArticleSummary story : stories) {
            Long cluster = clusterOf.get(story.id());
            if (cluster == null) {
                folded.add(new Folded(story, List.of()));
                continue;
            }
            boolean newerInList = members.getOrDefault(cluster, List.of()).stream()
                    .filter(listed::contains)
                    .map(published::get)
                    .anyMatch(other -> other != null && NEWEST_FIRST.compare(other, story) < 0);
            if (!newerInList) {
                List<ArticleSummary> others = members.getOrDefault(cluster, List.of()).stream()
                        .filter(id -> id != story.id())
                        .map(published::get)
                        .filter(o -> o != null)
                        .sorted(NEWEST_FIRST)
                        .toList();
                folded.add(new Folded(story, others));
            }
        }
        return folded;
    }

    /** The clusters with the newest reports, newest first, in one language or (null) all. */
    public List<Cluster> newest(Language lang, int limit) {
        return clusters(store.newestClusters(lang, limit), lang);
    }

    private List<Cluster> clusters(List<Long> ids, Language lang) {
        Map<Long, List<Long>> members = store.membersOf(ids);
        Set<Long> memberIds = new LinkedHashSet<>();
        members.values().forEach(memberIds::addAll);
        Map<Long, ArticleSummary> published = new HashMap<>();
        for (ArticleSummary s : articles.listedAmong(ArticleFilter.language(lang), memberIds)) {
            published.put(s.id(), s);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (long id : ids) {
            List<ArticleSummary> reports = members.getOrDefault(id, List.of()).stream()
                    .map(published::get)
                    .filter(s -> s != null)
                    .sorted(NEWEST_FIRST)
                    .toList();
            clusters.add(new Cluster(id, reports));
        }
        return clusters;
    }

    /** One cluster with its published reports, newest first; empty when there is no such cluster. */
    public java.util.Optional<Cluster> cluster(long id) {
        List<Cluster> found = clusters(List.of(id), null);
        return found.isEmpty() || found.get(0).reports().isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(found.get(0));
    }

    /** How many clusters there are. */
    public long count() {
        return store.clusterCount();
    }

    /** The names of these reports' sources, each once, in order, leaving out {@code own}. */
    public static List<String> sourceNames(List<ArticleSummary> reports, String own) {
        List<String> names = new ArrayList<>();
        for (ArticleSummary report : reports) {
            if (report.source() != null
                    && !report.source().name().equals(own)
                    && !names.contains(report.source().name())) {
                names.add(report.source().name());
            }
        }
        return names;
    }

    private Map<Long, List<ArticleSummary>> others(Collection<Long> articleIds) {
        Map<Long, Long> clusterOf = clustersOf(articleIds);
        if (clusterOf.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> members = store.membersOf(new LinkedHashSet<>(clusterOf.values()));
        Set<Long> memberIds = new LinkedHashSet<>();
        members.values().forEach(memberIds::addAll);
        Map<Long, ArticleSummary> published = new HashMap<>();
        for (ArticleSummary s :
                articles.listedAmong(new ArticleFilter(null, null, null, null, null, null, null), memberIds)) {
            published.put(s.id(), s);
        }
        Map<Long, List<ArticleSummary>> others = new HashMap<>();
        for (Map.Entry<Long, Long> entry : clusterOf.entrySet()) {
            long id = entry.getKey();
            ArticleSummary self = published.get(id);
            List<ArticleSummary> reports = members.getOrDefault(entry.getValue(), List.of()).stream()
                    .filter(other -> other != id)
                    .map(published::get)
                    .filter(s -> s != null)
                    .sorted(NEWEST_FIRST)
                    .toList();
            String own =
                    self == null || self.source() == null ? null : self.source().name();
            others.put(
                    id,
                    reports.stream()
                            .filter(r ->
                                    r.source() == null || !r.source().name().equals(own))
                            .toList());
        }
        return others;
    }

    private static final Comparator<ArticleSummary> NEWEST_FIRST = Comparator.comparing(ArticleSummary::publishedAt)
            .thenComparingLong(ArticleSummary::id)
            .reversed();
}

package org.gazette.sitemap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gazette.article.ArticleChanged;
import org.gazette.entity.EntitiesChanged;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.taxonomy.TermChanged;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the sitemaps, and keeps each for a minute: crawlers fetch them often, and a story change or an
 * entity change (a story tagged, an entity hidden, merged or split) drops them at once.
 */
@Component
class Sitemaps {

    /** The Google News sitemap lists stories of the last two days, at most a thousand. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);

    static final int NEWS_LIMIT = 1_000;
    static final String PAGES = "/sitemaps/pages.xml";

    /** How many listed entities the ranges kept between requests may hold together: four full ranges. */
    static final long KEPT_ENTITIES = 4L * SitemapParts.ENTITY_IDS;

    private final SitemapRepository stories;
    private final EntitySitemapRepository entities;
    private final TaxonomyRepository taxonomy;
    private final GazetteProperties site;
    private final Clock clock;
    private final int maxUrls;
    private final Cache<String, Optional<byte[]>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(500)
            .build();
    /**
     * The listed entities of each range of ids, read once for the index's dates and every language's sitemap
     * of the range (each needs the others' for its alternates); dropped with the sitemaps, before them, and
     * bounded by the entities they hold, a few hundred bytes each.
     */
    private final Cache<Integer, List<EntitySitemapRepository.Listed>> rangeListings = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumWeight(KEPT_ENTITIES)
            .weigher((Integer range, List<EntitySitemapRepository.Listed> listed) -> Math.max(1, listed.size()))
            .build();

    Sitemaps(
            SitemapRepository stories,
            EntitySitemapRepository entities,
            TaxonomyRepository taxonomy,
            GazetteProperties site,
            Clock clock) {
        this.stories = stories;
        this.entities = entities;
        this.taxonomy = taxonomy;
        this.site = site;
        this.clock = clock;
        this.maxUrls = SitemapParts.MAX_URLS;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(ArticleChanged change) {
        forgetAll();
    }

    /** A renamed, moved, merged or deleted term shows differently (or not at all) on what is kept here. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(TermChanged change) {
        forgetAll();
    }

    /** A story tagged, an entity hidden, shown again, merged or split: the entity sitemaps change. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forget(EntitiesChanged change) {
        forgetAll();
    }

    private void forgetAll() {
        rangeListings.invalidateAll();
        cache.invalidateAll();
    }

    /** {@code /sitemap.xml}: the page sitemap, every part of every month, and every language's entity sitemaps. */
    byte[] index() {
        return cached("index", () -> {
                    List<SitemapXml.Entry> entries = new ArrayList<>();
                    List<SitemapParts.Part> parts = SitemapParts.of(stories.months(), maxUrls);
                    Instant newest = parts.stream()
                            .map(SitemapParts.Part::lastModified)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    entries.add(new SitemapXml.Entry(site.absolute(PAGES), newest));
                    for (SitemapParts.Part part : parts) {
                        entries.add(new SitemapXml.Entry(site.absolute(part.path()), part.lastModified()));
                    }
                    for (SitemapParts.EntityPart part : entityParts()) {
                        entries.add(new SitemapXml.Entry(site.absolute(part.path()), part.lastModified()));
                    }
                    return Optional.of(SitemapXml.index(entries));
                })
                .orElseThrow();
    }

    /** Part {@code number} of a month's stories, or empty when the month has no such part. */
    Optional<byte[]> month(YearMonth month, int number) {
        return cached("month:" + month + "-" + number, () -> {
            if (number < 1) {
                return Optional.empty();
            }
            long offset = (long) (number - 1) * maxUrls;
            List<SitemapRepository.Story> page = stories.month(month, offset, maxUrls);
            if (page.isEmpty()) {
                return Optional.empty();
            }
            Map<String, List<SitemapRepository.Story>> groups = versions(page);
            List<SitemapXml.Url> urls = page.stream()
                    .map(story -> new SitemapXml.Url(
                            url(story), story.lastModified(), alternates(groups.get(story.translationGroup())), null))
                    .toList();
            return Optional.of(SitemapXml.urlset(urls));
        });
    }

    /**
     * Every language's entity sitemaps that list something, language by language, each with the latest change
     * among its entries: one query per range of ids, which the range's sitemaps then share.
     */
    private List<SitemapParts.EntityPart> entityParts() {
        int ranges = entityRanges();
        List<Language> languages = site.siteLanguages();
        List<List<SitemapParts.EntityPart>> byLanguage = new ArrayList<>();
        languages.forEach(lang -> byLanguage.add(new ArrayList<>()));
        for (int number = 1; number <= ranges; number++) {
            List<EntitySitemapRepository.Listed> listed = listedInRange(number);
            for (int i = 0; i < languages.size(); i++) {
                Language lang = languages.get(i);
                Optional<Instant> newest = listed.stream()
                        .map(entity -> entity.lastModified().get(lang))
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder());
                if (newest.isPresent()) {
                    byLanguage.get(i).add(new SitemapParts.EntityPart(lang, number, newest.get()));
                }
            }
        }
        return byLanguage.stream().flatMap(List::stream).toList();
    }

    /** How many ranges of entity ids there are, up to the highest id: the last entity sitemap's number. */
    private int entityRanges() {
        return SitemapParts.entityRanges(entities.highestId(), SitemapParts.ENTITY_IDS);
    }

    /** The listed entities of range {@code number} (from 1), read once for the index and every language. */
    private List<EntitySitemapRepository.Listed> listedInRange(int number) {
        return rangeListings.get(number, n -> {
            SitemapParts.EntityRange range = new SitemapParts.EntityRange(n, SitemapParts.ENTITY_IDS);
            return entities.inRange(range.idsAfter(), range.idsUpTo());
        });
    }

    /**
     * Part {@code number} of a language's entity sitemaps: each shown entity of its range of ids that a
     * published story in the language names, with the time its newest such story was published or updated,
     * and as alternates its pages in the other languages that list it. Empty when the part lists nothing.
     */
    Optional<byte[]> entities(Language lang, int number) {
        return cached("entities:" + lang.code() + "-" + number, () -> {
            // a number past the highest id lists nothing: answered without reading (or keeping) a range
            if (number < 1 || !site.siteLanguages().contains(lang) || number > entityRanges()) {
                return Optional.empty();
            }
            List<SitemapXml.Url> urls = listedInRange(number).stream()
                    .filter(entity -> entity.lastModified().containsKey(lang))
                    .map(entity -> new SitemapXml.Url(
                            site.absolute(SiteLinks.entity(lang, entity.slug())),
                            entity.lastModified().get(lang),
                            alternatesOf(
                                    List.copyOf(entity.lastModified().keySet()),
                                    other -> SiteLinks.entity(other, entity.slug())),
                            null))
                    .toList();
            return urls.isEmpty() ? Optional.empty() : Optional.of(SitemapXml.urlset(urls));
        });
    }

    /** Front pages and section pages of every language, each with its other languages as alternates. */
    byte[] pages() {
        return cached("pages", () -> {
                    List<SitemapXml.Url> urls = new ArrayList<>();
                    List<Language> languages = site.siteLanguages();
                    List<SitemapXml.Alternate> homes = alternatesOf(languages, SiteLinks::home);
                    for (Language lang : languages) {
                        urls.add(new SitemapXml.Url(site.absolute(SiteLinks.home(lang)), null, homes, null));
                    }
                    for (Section section : taxonomy.sections(site.defaultLanguage())) {
                        List<SitemapXml.Alternate> alternates =
                                alternatesOf(languages, lang -> SiteLinks.section(lang, section.slug()));
                        for (Language lang : languages) {
                            urls.add(new SitemapXml.Url(
                                    site.absolute(SiteLinks.section(lang, section.slug())), null, alternates, null));
                        }
                    }
                    return Optional.of(SitemapXml.urlset(urls));
                })
                .orElseThrow();
    }

    /** {@code /news-sitemap.xml}: stories of the last 48 hours, newest first. */
    byte[] news() {
        return cached("news", () -> {
                    Instant now = clock.instant();
                    List<SitemapRepository.Story> recent =
                            stories.publishedBetween(now.minus(NEWS_WINDOW), now, NEWS_LIMIT);
                    List<SitemapXml.Url> urls = recent.stream()
                            .map(story -> new SitemapXml.Url(
                                    url(story),
                                    null,
                                    List.of(),
                                    new SitemapXml.News(
                                            site.siteName(),
                                            story.lang().code(),
                                            story.publishedAt(),
                                            story.headline())))
                            .toList();
                    return Optional.of(SitemapXml.urlset(urls));
                })
                .orElseThrow();
    }

    private Optional<byte[]> cached(String key, Supplier<Optional<byte[]>> build) {
        return cache.get(key, k -> build.get());
    }

    /** Every published version of each story on the page, by translation group. */
    private Map<String, List<SitemapRepository.Story>> versions(List<SitemapRepository.Story> page) {
        Set<String> groups = page.stream()
                .map(SitemapRepository.Story::translationGroup)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return stories.translations(groups).stream()
                .collect(Collectors.groupingBy(SitemapRepository.Story::translationGroup));
    }

    /**
     * hreflang alternates of a story told in more than one language: each version, in the site's
     * language order, and as x-default the first of them, the version in the site's default language
     * when there is one. A story in one language needs none.
     */
    private List<SitemapXml.Alternate> alternates(List<SitemapRepository.Story> versions) {
        if (versions == null || versions.size() < 2) {
            return List.of();
        }
        List<String> order = site.languages();
        List<SitemapRepository.Story> sorted = versions.stream()
                .sorted(Comparator.comparingInt((SitemapRepository.Story s) ->
                                order.indexOf(s.lang().code()))
                        .thenComparingLong(SitemapRepository.Story::id))
                .toList();
        List<SitemapXml.Alternate> alternates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SitemapRepository.Story version : sorted) {
            // one version per language: a second one in the same language would be a duplicate claim
            if (seen.add(version.lang().code())) {
                alternates.add(new SitemapXml.Alternate(version.lang().code(), url(version)));
            }
        }
        alternates.add(new SitemapXml.Alternate("x-default", alternates.get(0).href()));
        return alternates.size() > 2 ? alternates : List.of();
    }

    private List<SitemapXml.Alternate> alternatesOf(
            List<Language> languages, java.util.function.Function<Language, String> path) {
        if (languages.size() < 2) {
            return List.of();
        }
        List<SitemapXml.Alternate> alternates = new ArrayList<>();
        for (Language lang : languages) {
            alternates.add(new SitemapXml.Alternate(lang.code(), site.absolute(path.apply(lang))));
        }
        alternates.add(new SitemapXml.Alternate("x-default", alternates.get(0).href()));
        return alternates;
    }

    private String url(SitemapRepository.Story story) {
        return site.absolute(SiteLinks.article(story.lang(), story.slug()));
    }
}

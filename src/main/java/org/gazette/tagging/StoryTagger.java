package org.gazette.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.SiteDays;
import org.gazette.entity.EntitiesChanged;
import org.gazette.entity.EntityRecognizer;
import org.gazette.entity.Mention;
import org.gazette.entity.linking.EntityCatalogue;
import org.gazette.entity.linking.EntityLinker;
import org.gazette.entity.linking.KnownEntity;
import org.gazette.entity.linking.Link;
import org.gazette.entity.linking.Story;
import org.gazette.event.EventExtractor;
import org.gazette.event.LinkedMention;
import org.gazette.event.StoryEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tags one story: its {@link StoryPlainText} → the {@link EntityRecognizer}'s mentions → the linker's
 * entities, against a catalogue of every entity stored so far (read from {@code entities} once, on first use,
 * and kept in memory) → editors' corrections applied → stored in one transaction with the queue row taken off
 * and {@link EntitiesChanged} published. A story that is not published (a draft, unpublished) or no longer
 * exists names nothing: its rows go.
 * <p>
 * One thread at a time links and stores (the worker, or the {@code tag-entities} command): the catalogue is not
 * shared. Reading a story and recognising its names, most of the work, may run on other threads ahead
 * ({@link #read(long)}). What the linker learns is saved only for the entities a story names, when it changed
 * since it was saved.
 */
@Component
class StoryTagger {

    /** The outcome of tagging one story: whether it was published, how many mentions and entities it has. */
    record Outcome(long articleId, boolean tagged, int mentions, int entities) {}

    private final ArticleRepository articles;
    private final EntityRecognizer recognizer;
    private final EntityTable entities;
    private final StoryEntities stories;
    private final EditorCorrections corrections;
    private final TaggingQueue queue;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final EntityLinker linker = EntityLinker.shipped();
    private final EventExtractor extractor = EventExtractor.shipped();
    private final StoryEventRows storyEvents;
    private final SiteDays days;

    private EntityCatalogue catalogue;
    /** Entities whose roles or companions changed since they were saved: saved in batches. */
    private final Map<String, KnownEntity> evidence = new LinkedHashMap<>();

    private long evidenceSavedAt = System.nanoTime();
    private final Map<String, Long> idsBySlug = new HashMap<>();

    static final int EVIDENCE_BATCH = 500;
    static final java.time.Duration EVIDENCE_EVERY = java.time.Duration.ofSeconds(30);

    /** The highest entity id the catalogue has read. */
    private long seenThrough;
    /** Each entity as last saved, to save only what changed. */
    private final Map<String, KnownEntity> saved = new HashMap<>();

    /**
     * A seam for tests (package-private): the stories for which tagging fails as a broken model or database
     * would make it fail, so that the retry path is exercised with a real worker and a real database.
     */
    volatile LongPredicate failFor = id -> false;

    StoryTagger(
            ArticleRepository articles,
            @Lazy EntityRecognizer recognizer,
            EntityTable entities,
            StoryEntities stories,
            EditorCorrections corrections,
            TaggingQueue queue,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            StoryEventRows storyEvents,
            SiteDays days) {
        this.storyEvents = storyEvents;
        this.days = days;
        this.articles = articles;
        this.recognizer = recognizer;
        this.entities = entities;
        this.stories = stories;
        this.corrections = corrections;
        this.queue = queue;
        this.transactions = transactions;
        this.events = events;
    }

    /** Reads the catalogue from the database again, at the next story (another process may have tagged). */
    synchronized void forgetCatalogue() {
        catalogue = null;
        saved.clear();
        evidence.clear();
        idsBySlug.clear();
    }

    /**
     * A story as it was read and the names the recogniser found in it: the part of tagging that needs neither
     * the catalogue nor a transaction, and so may run on any thread ahead of {@link #tag(Reading, long)}.
     *
     * @param article the story, or null when it is gone or not published (it then names nothing)
     */
    record Reading(long articleId, Article article, StoryPlainText text, List<Mention> mentions) {}

    /**
     * Reads the story and finds its names. Safe from any number of threads. Throws when that fails (the
     * story stays queued).
     */
    Reading read(long articleId) {
        if (failFor.test(articleId)) {
            throw new IllegalStateException("tagging story " + articleId + " failed on purpose (test)");
        }
        Optional<Article> found = articles.findById(articleId);
        if (found.isEmpty() || found.get().status() != ArticleStatus.PUBLISHED) {
            return new Reading(articleId, null, null, List.of());
        }
        Article article = found.get();
        StoryPlainText text = StoryPlainText.of(article);
        return new Reading(articleId, article, text, recognizer.find(article.lang(), text.text()));
    }

    /**
     * Tags the story as it is now and takes it off the queue, if it was queued no later than {@code takenAt}
     * (epoch ms). Throws when tagging fails; nothing is stored then.
     */
    synchronized Outcome tag(long articleId, long takenAt) {
        return tag(read(articleId), takenAt);
    }

    /**
     * Links and stores what {@link #read(long)} found, and takes the story off the queue if it was queued no
     * later than {@code takenAt}, which must be no later than the reading: a change saved since then has queued
     * the story again, after {@code takenAt}, and keeps it queued. Throws when tagging fails; nothing is stored.
     */
    synchronized Outcome tag(Reading reading, long takenAt) {
        long articleId = reading.articleId();
        if (reading.article() == null) {
            transactions.executeWithoutResult(status -> {
                Set<Long> before = stories.entitiesOf(articleId);
                boolean hadEvents = storyEvents.any(articleId);
                stories.clear(articleId);
                storyEvents.clear(articleId);
                queue.done(articleId, takenAt);
                if (!before.isEmpty() || hadEvents) {
                    events.publishEvent(new EntitiesChanged(Set.of(articleId), before));
                }
            });
            return new Outcome(articleId, false, 0, 0);
        }
        Article article = reading.article();
        String lang = article.lang().code();
        StoryPlainText text = reading.text();
        List<Mention> mentions = reading.mentions();
        EntityCatalogue known = catalogue();
        List<Link> links = linker.link(new Story(lang, text.text(), mentions), known);
        Map<String, KnownEntity> changed = new LinkedHashMap<>();
        for (Link link : links) {
            link.entityKey().flatMap(known::get).ifPresent(entity -> {
                KnownEntity before = saved.get(entity.key());
                if (before == null || !sameIdentity(before, entity)) {
                    changed.put(entity.key(), entity);
                    evidence.remove(entity.key());
                } else if (!before.equals(entity)) {
                    evidence.put(entity.key(), entity);
                }
            });
        }
        Outcome outcome = transactions.execute(status -> {
            Map<String, Long> ids = new HashMap<>();
            changed.values().forEach(entity -> ids.put(entity.key(), entities.save(entity)));
            ids.forEach(idsBySlug::put);
            Map<Long, Long> merges = entities.merges();
            EditorCorrections.ForStory decisions = corrections.forStory(articleId, lang);
            List<StoryEntities.StoredMention> stored = new ArrayList<>();
            Set<Integer> starts = new HashSet<>();
            for (Link link : links) {
                Mention mention = link.mention();
                if (!starts.add(mention.start())) {
                    continue;
                }
                Long entityId = link.entityKey()
                        .map(key -> ids.computeIfAbsent(key, k -> idOf(k, known)))
                        .orElse(null);
                Optional<EditorCorrections.Decision> decision = decisions.of(SurfaceKey.of(mention.text(), lang));
                if (decision.isPresent()) {
                    if (decision.get().ignore()) {
                        continue;
                    }
                    entityId = decision.get().entityId().get();
                }
                stored.add(new StoryEntities.StoredMention(
                        mention.start(), mention.end(), mention.type(), mention.text(), followed(entityId, merges)));
            }
            Map<Long, int[]> perEntity = new LinkedHashMap<>();
            for (StoryEntities.StoredMention mention : stored) {
                if (mention.entityId() != null) {
                    int[] counts = perEntity.computeIfAbsent(mention.entityId(), id -> new int[] {0, mention.start()});
                    counts[0]++;
                }
            }
            List<StoryEntities.StoredEntity> named = new ArrayList<>();
            perEntity.forEach((id, counts) -> named.add(new StoryEntities.StoredEntity(id, counts[0], counts[1])));
            Set<Long> before = stories.entitiesOf(articleId);
            boolean hadEvents = storyEvents.any(articleId);
            long publishedAt =
                    article.publishedAt() == null ? 0 : article.publishedAt().toEpochMilli();
            stories.replace(articleId, publishedAt, stored, named);
            boolean hasEvents = storeEvents(article, text, stored);
            queue.done(articleId, takenAt);
            // a story that names nothing, before and after, changed no page and no search field
            if (!before.isEmpty() || !perEntity.isEmpty() || hadEvents || hasEvents) {
                Set<Long> touched = new LinkedHashSet<>(before);
                touched.addAll(perEntity.keySet());
                events.publishEvent(new EntitiesChanged(Set.of(articleId), touched));
            }
            return new Outcome(articleId, true, stored.size(), named.size());
        });
        saved.putAll(changed);
        saveEvidence(false);
        return outcome;
    }

    /**
     * Saves the roles and companions the linker learnt about entities since they were last saved: every
     * {@value #EVIDENCE_BATCH} entities or {@link #EVIDENCE_EVERY}, and ({@code now}) when the queue is empty or
     * the worker stops. They are evidence for later stories, not identity, and saving a popular entity's
     * profile with every story that names it would cost more than tagging the story; a crash loses at most
     * that much evidence, never an entity or a link.
     */
    synchronized void saveEvidence(boolean now) {
        if (evidence.isEmpty()
                || (!now
                        && evidence.size() < EVIDENCE_BATCH
                        && System.nanoTime() - evidenceSavedAt < EVIDENCE_EVERY.toNanos())) {
            return;
        }
        Map<String, KnownEntity> due = new LinkedHashMap<>(evidence);
        transactions.executeWithoutResult(status -> due.values().forEach(entities::save));
        saved.putAll(due);
        due.keySet().forEach(evidence::remove);
        evidenceSavedAt = System.nanoTime();
    }

    /** Whether two versions of an entity are the same for linking and display: all but roles and companions. */
    private static boolean sameIdentity(KnownEntity a, KnownEntity b) {
        return a.type() == b.type()
                && a.names().equals(b.names())
                && a.givenNameKeys().equals(b.givenNameKeys())
                && a.surnameKeys().equals(b.surnameKeys())
                && a.phraseKeys().equals(b.phraseKeys())
                && a.acronyms().equals(b.acronyms())
                && a.isoCode().equals(b.isoCode());
    }

    /** The id of a stored entity, remembered; one the catalogue knows but the table not yet is stored. */
    private long idOf(String key, EntityCatalogue known) {
        Long id = idsBySlug.get(key);
        if (id == null) {
            id = entities.idOf(key).orElseGet(() -> entities.save(known.get(key).orElseThrow()));
            idsBySlug.put(key, id);
        }
        return id;
    }

    /**
     * Extracts the events the story reports from its text and its stored mentions (corrections and merges
     * applied, so an actor is the entity the story's pages name) and replaces the story's events. The story's
     * date is its publication day in the site's time zone, which relative dates ("on Monday") count from.
     */
    private boolean storeEvents(Article article, StoryPlainText text, List<StoryEntities.StoredMention> stored) {
        Set<Long> linked = new HashSet<>();
        stored.stream()
                .map(StoryEntities.StoredMention::entityId)
                .filter(id -> id != null)
                .forEach(linked::add);
        Map<Long, String> slugs = storyEvents.slugsOf(linked);
        Map<String, Long> idsOfSlugs = new HashMap<>();
        slugs.forEach((id, slug) -> idsOfSlugs.put(slug, id));
        List<LinkedMention> mentions = stored.stream()
                .map(mention -> new LinkedMention(
                        new Mention(mention.start(), mention.end(), mention.type(), mention.surface()),
                        Optional.ofNullable(mention.entityId()).map(slugs::get)))
                .toList();
        List<StoryEvent> found = article.publishedAt() == null
                ? List.of()
                : reportedOnce(
                        extractor.extract(article.lang(), days.dayOf(article.publishedAt()), text.text(), mentions),
                        text.bodyStart());
        storyEvents.replace(
                article.id(),
                article.lang().code(),
                article.publishedAt() == null ? 0 : article.publishedAt().toEpochMilli(),
                found,
                slug -> Optional.ofNullable(idsOfSlugs.get(slug)));
        return !found.isEmpty();
    }

    /** The entity a merged one was merged into, following merges of merges (a loop ends where it closes). */
    /**
     * The events of a story, each once: the headline and the dek sum up what the body tells ("Blinken and Aliyev
     * discuss peace by phone", "…, according to Azertag"), so what they report counts only for a story whose body
     * reports no event (a story that is its headline alone, a brief).
     */
    static List<StoryEvent> reportedOnce(List<StoryEvent> found, int bodyStart) {
        List<StoryEvent> inBody = found.stream()
                .filter(event -> event.sentenceStart() >= bodyStart)
                .toList();
        return inBody.isEmpty() ? found : inBody;
    }

    private static Long followed(Long entityId, Map<Long, Long> merges) {
        Long current = entityId;
        Set<Long> seen = new HashSet<>();
        while (current != null && merges.containsKey(current) && seen.add(current)) {
            current = merges.get(current);
        }
        return current;
    }

    /**
     * The catalogue: read once, then kept; entities others stored since (an editor's split) are added, so the
     * linker never makes a second entity with their slug.
     */
    private EntityCatalogue catalogue() {
        if (catalogue == null) {
            EntityCatalogue loaded = EntityCatalogue.withGazetteer();
            seenThrough = entities.lastId();
            Map<String, KnownEntity> stored = entities.profiles();
            stored.values().forEach(loaded::put);
            saved.clear();
            saved.putAll(stored);
            catalogue = loaded;
        } else {
            long last = entities.lastId();
            if (last > seenThrough) {
                entities.profilesAfter(seenThrough).forEach((key, entity) -> {
                    if (catalogue.get(key).isEmpty()) {
                        catalogue.put(entity);
                        saved.put(key, entity);
                    }
                });
                seenThrough = last;
            }
        }
        return catalogue;
    }
}

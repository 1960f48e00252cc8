package org.gazette.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The rendered pages kept in memory, bounded by their bytes, and the bookkeeping that keeps them exact:
 * <ul>
 * <li><b>Generations.</b> Every invalidation takes the next generation number and notes it on the keys it
 * drops. A render notes the generation it started in; when it finishes, its page is kept only if none of
 * its keys was dropped since. So a render that read the database before a change committed cannot put
 * the old page back after the change dropped it.</li>
 * <li><b>One render per page.</b> The first request for a missing page renders it; requests for the same
 * page meanwhile wait for that render and are served its result.</li>
 * </ul>
 */
@Component
public class PageCache implements PageInvalidation {

    /** Longer than any render; a render slower than this is not kept (its drop notes may be gone). */
    private static final Duration LONGEST_RENDER = Duration.ofMinutes(1);

    private final boolean enabled;
    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    /** For each recently dropped key, the generation that dropped it. */
    private final Cache<String, Long> droppedIn;

    private volatile long everythingDroppedIn;
    private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;
    private final Counter renders;
    private final Counter refused;

    PageCache(PageCacheProperties properties, MeterRegistry metrics) {
        this.enabled = properties.enabled();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfter(new Expiry<String, CachedPage>() {
                    @Override
                    public long expireAfterCreate(String key, CachedPage page, long now) {
                        return Math.max(0, page.expiresAt() - now);
                    }

                    @Override
                    public long expireAfterUpdate(String key, CachedPage page, long now, long remaining) {
                        return Math.max(0, page.expiresAt() - now);
                    }

                    @Override
                    public long expireAfterRead(String key, CachedPage page, long now, long remaining) {
                        return remaining;
                    }
                })
                .removalListener(
                        (String key, CachedPage page, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                            if (page != null) {
                                bytes.addAndGet(-page.weight());
                            }
                        })
                .build();
        this.droppedIn = Caffeine.newBuilder()
                .expireAfterWrite(LONGEST_RENDER.multipliedBy(2))
                .build();
        String name = "gazette.page.cache.requests";
        this.hits = Counter.builder(name)
                .tag("result", "hit")
                .description("reader requests answered from the page cache")
                .register(metrics);
        this.misses = Counter.builder(name)
                .tag("result", "miss")
                .description("cacheable requests that rendered")
                .register(metrics);
        this.bypasses = Counter.builder(name)
                .tag("result", "bypass")
                .description("reader requests the cache may not answer (signed in, not a GET, ...)")
                .register(metrics);
        this.renders = Counter.builder("gazette.page.cache.renders")
                .description("pages rendered to be kept")
                .register(metrics);
        this.refused = Counter.builder("gazette.page.cache.stale.renders")
                .description("renders not kept because a change dropped their keys while they ran")
                .register(metrics);
        Gauge.builder("gazette.page.cache.bytes", bytes, AtomicLong::get)
                .baseUnit("bytes")
                .description("memory taken by kept pages")
                .register(metrics);
        Gauge.builder("gazette.page.cache.pages", pages, cache -> cache.estimatedSize())
                .description("pages kept")
                .register(metrics);
    }

    @Override
    public boolean active() {
        return enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    /** How many pages were rendered to be kept since start (each miss that rendered counts once). */
    public long renders() {
        return (long) renders.count();
    }

    CachedPage get(String key) {
        CachedPage page = pages.getIfPresent(key);
        if (page != null && page.expiresAt() - System.nanoTime() <= 0) {
            return null;
        }
        return page;
    }

    /** The generation a render starting now belongs to. */
    long generation() {
        return generation.get();
    }

    /**
     * Becomes the one render of this page, or joins the render already running: an empty future means
     * "render it yourself and complete this", a running one is the other render's result.
     */
    CompletableFuture<CachedPage> join(String key, CompletableFuture<CachedPage> mine) {
        CompletableFuture<CachedPage> running = rendering.putIfAbsent(key, mine);
        return running == null ? mine : running;
    }

    /** The render of this page is over (whether or not it could be kept). */
    void rendered(String key, CompletableFuture<CachedPage> mine, CachedPage page) {
        rendering.remove(key, mine);
        mine.complete(page);
    }

    void counted(Outcome outcome) {
        switch (outcome) {
            case HIT -> hits.increment();
            case MISS -> misses.increment();
            case BYPASS -> bypasses.increment();
        }
    }

    /**
     * Keeps a page rendered in generation {@code startedIn} unless one of its keys was dropped since.
     *
     * @return whether the page is fresh (kept, or would have been kept were it small enough)
     */
    boolean keep(String key, CachedPage page, long startedIn, long startedAt) {
        renders.increment();
        if (System.nanoTime() - startedAt > LONGEST_RENDER.toNanos() || droppedSince(page, startedIn)) {
            refused.increment();
            return false;
        }
        pages.put(key, page);
        bytes.addAndGet(page.weight());
        // an invalidation may have noted its keys between the check and the put: look again, and take
        // the page back if so (the invalidation notes first and removes second, so one of us sees the other)
        if (droppedSince(page, startedIn)) {
            pages.asMap().remove(key, page);
            refused.increment();
            return false;
        }
        return true;
    }

    private boolean droppedSince(CachedPage page, long startedIn) {
        if (everythingDroppedIn > startedIn) {
            return true;
        }
        for (String key : page.keys()) {
            Long dropped = droppedIn.getIfPresent(key);
            if (dropped != null && dropped > startedIn) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void invalidate(Set<String> surrogateKeys) {
        if (surrogateKeys.isEmpty()) {
            return;
        }
        long now = generation.incrementAndGet();
        if (surrogateKeys.contains(SurrogateKeys.ALL)) {
            everythingDroppedIn = now;
            pages.invalidateAll();
            return;
        }
        for (String key : surrogateKeys) {
            droppedIn.asMap().merge(key, now, Math::max);
        }
        pages.asMap().values().removeIf(page -> page.taggedWithAny(surrogateKeys));
    }

    /** What became of a request the cache looked at. */
    enum Outcome {
        HIT,
        MISS,
        BYPASS
    }
}

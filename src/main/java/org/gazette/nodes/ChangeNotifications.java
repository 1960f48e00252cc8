package org.gazette.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.gazette.article.ArticleChanged;
import org.gazette.cluster.ClusterChanged;
import org.gazette.entity.EntitiesChanged;
import org.gazette.system.DatabaseKind;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TermChanged;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the other nodes about every change to articles and terms, and hears theirs: PostgreSQL's
 * LISTEN/NOTIFY on the channel {@value #CHANNEL}.
 * <p>
 * Sending: a plain listener joins the transaction of the change and queues a notification in it;
 * PostgreSQL delivers it only if, and once, that transaction commits, so no node hears of a change that
 * was rolled back, and a node killed after its commit has still told the others.
 * <p>
 * Hearing: the serving process keeps one connection of its own (outside the pool) listening, on a
 * thread of its own. Each notification from another node is published here again as the same
 * {@link ArticleChanged} or {@link TermChanged}, marked {@code fromAnotherNode}, inside an empty
 * transaction of this node: the caches that drop on commit (feeds, sitemaps, term ids) drop first and
 * the page cache after them, exactly as for a change made here, and the search
 * indexer is woken. A lost connection is opened again (1 s, then up to 30 s apart); since notifications
 * sent meanwhile are lost, the node then drops all its cached pages as if a term had changed. So it does
 * when it hears more than {@value #MANY} changes at once (an import elsewhere), rather than work out the
 * pages of each.
 * <p>
 * On SQLite there is one node: nothing is sent or heard.
 */
@Component
class ChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "gazette_changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    /** How long one wait for notifications lasts: also how soon a stop is noticed. */
    private static final int WAIT_MS = 1_000;
    /** After this long without a notification, the connection is checked with a round trip. */
    private static final long CHECK_AFTER_NANOS = 10_000_000_000L;
    /** More changes than this heard at once are taken as "everything changed". */
    private static final int MANY = 50;

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final boolean serving;
    private final GazetteProperties.Database database;
    private final String self;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private volatile boolean running;
    private volatile Thread thread;

    ChangeNotifications(
            JdbcClient jdbc,
            DatabaseKind kind,
            GazetteProperties properties,
            NodeName node,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            @Value("${gazette.background-jobs:true}") boolean serving) {
        this.jdbc = jdbc;
        this.postgres = kind == DatabaseKind.POSTGRESQL;
        this.serving = serving;
        this.database = properties.db();
        this.self = node.id();
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ---- sending, inside the transaction of the change ----

    @EventListener
    void send(ArticleChanged change) {
        if (postgres && !change.fromAnotherNode()) {
            notifyOthers(self + "|A|" + change.articleId() + "|" + change.lang().code() + "|" + change.externalId());
        }
    }

    @EventListener
    void send(TermChanged change) {
        if (postgres && !change.fromAnotherNode()) {
            notifyOthers(self + "|T|" + change.kind().name());
        }
    }

    /** Stories that joined or left a story cluster: their pages name each other. */
    @EventListener
    void send(ClusterChanged change) {
        // the listener thread republishes what it heard: that must not go round the nodes again
        if (postgres && Thread.currentThread() != thread) {
            String ids = change.articleIds().stream().map(String::valueOf).collect(Collectors.joining(","));
            // a notification carries at most 8000 bytes; a huge cluster change drops everything instead
            notifyOthers(ids.length() > 7_000 ? self + "|T|" + TermKind.SECTION.name() : self + "|C|" + ids);
        }
    }

    /** Stories tagged again or entities edited: the other nodes drop the same pages (ids of stories|of entities). */
    @EventListener
    void send(EntitiesChanged change) {
        if (postgres && !change.fromAnotherNode()) {
            String payload = self + "|E|" + joined(change.articleIds()) + "|" + joined(change.entityIds());
            // a notification carries at most 8000 bytes; a huge change drops everything instead
            notifyOthers(payload.length() > 7_000 ? self + "|T|" + TermKind.SECTION.name() : payload);
        }
    }

    private static String joined(java.util.Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static java.util.Set<Long> ids(String joined) {
        return joined.isEmpty()
                ? java.util.Set.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    private void notifyOthers(String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", payload)
                .query((rs, i) -> 1)
                .list();
    }

    // ---- hearing ----

    /** Publishes a notification heard from another node as the change it names; ignores this node's own. */
    void heard(String payload) {
        String[] parts = payload.split("\\|", 5);
        if (parts.length < 3 || parts[0].equals(self)) {
            return;
        }
        try {
            Object change =
                    switch (parts[1]) {
                        case "A" ->
                            new ArticleChanged(
                                    Long.parseLong(parts[2]),
                                    parts.length > 4 ? parts[4] : "",
                                    Language.of(parts[3]),
                                    true,
                                    false);
                        case "T" -> new TermChanged(TermKind.valueOf(parts[2]), List.of(), true);
                        case "E" ->
                            new EntitiesChanged(
                                    ids(parts[2]), parts.length > 3 ? ids(parts[3]) : java.util.Set.of(), true);
                        case "C" ->
                            new ClusterChanged(Arrays.stream(parts[2].split(","))
                                    .map(Long::valueOf)
                                    .collect(Collectors.toSet()));
                        default -> null;
                    };
            if (change != null) {
                transactions.executeWithoutResult(status -> events.publishEvent(change));
            }
        } catch (RuntimeException e) {
            log.warn("A change heard from another node could not be applied here ({}): {}", payload, e.toString());
        }
    }

    private void listen() {
        long backoff = 1_000;
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (!first) {
                    log.info("Listening to other nodes' changes again; dropping every cached page");
                    heard("reconnected|T|" + TermKind.SECTION.name());
                }
                first = false;
                backoff = 1_000;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications == null || notifications.length == 0) {
                        if (System.nanoTime() - quietSince > CHECK_AFTER_NANOS) {
                            // a quiet channel or a dead connection: only a round trip tells them apart
                            try (Statement check = connection.createStatement()) {
                                check.execute("select 1");
                            }
                            quietSince = System.nanoTime();
                        }
                        continue;
                    }
                    quietSince = System.nanoTime();
                    if (notifications.length > MANY) {
                        // an import on another node: one drop of everything beats thousands of precise ones
                        heard("many|T|" + TermKind.SECTION.name());
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        heard(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Listening to other nodes' changes failed; trying again in {} ms: {}", backoff, e.toString());
                sleep(backoff);
                backoff = Math.min(30_000, backoff * 2);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties login = new Properties();
        if (database.user() != null && !database.user().isBlank()) {
            login.setProperty("user", database.user());
        }
        if (database.password() != null && !database.password().isBlank()) {
            login.setProperty("password", database.password());
        }
        login.setProperty("ApplicationName", "gazette-changes");
        login.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.url(), login);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- lifecycle ----

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "node-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return serving && postgres;
    }
}

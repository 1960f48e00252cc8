package org.gazette.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What accounts need in every kind of run, the commands ({@code create-admin}) as well as the site:
 * the password encoder and the registry of signed-in sessions.
 * <p>
 * Sessions live in the database (Spring Session JDBC, tables {@code spring_session} and
 * {@code spring_session_attributes}), so an editor signed in through one node keeps working through any
 * other, and the registry that limits and ends a user's sessions reads them there. A command runs no web
 * server and has no session store: its registry is an empty in-memory one.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets a future default take over hash by hash at sign-in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
        FindByIndexNameSessionRepository<? extends Session> sessions = store.getIfAvailable();
        return sessions == null ? new SessionRegistryImpl() : backedBy(sessions);
    }

    private static <S extends Session> SessionRegistry backedBy(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * How the session store writes. An attribute is written with an upsert: two requests of one session
     * saving the same attribute at once would otherwise both insert it, and one would fail; SQLite (3.24
     * and later) reads the same {@code insert ... on conflict ... do update} as PostgreSQL. And the store
     * joins a transaction already running rather than opening one of its own beside it (Spring Session's
     * default): on SQLite a second transaction would wait for the first one's write lock, held by the
     * same thread, until the busy timeout.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpserts() {
        return repository -> {
            repository.setCreateSessionAttributeQuery(
                    """
                    insert into %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                    values (?, ?, ?)
                    on conflict (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) do update set ATTRIBUTE_BYTES = excluded.ATTRIBUTE_BYTES
                    """);
        };
    }

    /** See {@link #sessionAttributeUpserts()}: the store's transactions join one already running. */
    @Bean // the name is the qualifier Spring Session asks for
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate joining = new TransactionTemplate(transactions);
        // not itself a TransactionTemplate: the application's own stays the only one (DatabaseConfiguration)
        return joining::execute;
    }
}

package org.gazette.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newsroom sessions kept in the database (Spring Session JDBC's {@code spring_session}), as far as
 * accounts need them: to sign a user out everywhere. Deleting their rows in the transaction that
 * disabled the user or changed their role or password ends them on every node at once, and only if that
 * change commits; the user's next request meets the sign-in page. A command (a password reset on the
 * command line) ends them the same way.
 */
@Component
class SignedInSessions {

    private final JdbcClient jdbc;

    SignedInSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session signed in as this user (their sign-in name is their e-mail address). */
    void endAll(String email) {
        // the attributes go with them (on delete cascade)
        jdbc.sql("delete from spring_session where principal_name = :email")
                .param("email", email)
                .update();
    }
}

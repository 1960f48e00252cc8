package org.gazette.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the {@code users} table. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Credentials(UserAccount account, String passwordHash) {}

    Optional<Credentials> credentials(EmailAddress email) {
        return jdbc.sql("select * from users where email = :email")
                .param("email", email.value())
                .query((rs, i) -> new Credentials(account(rs, i), rs.getString("password_hash")))
                .optional();
    }

    Optional<Credentials> credentials(long id) {
        return jdbc.sql("select * from users where id = :id")
                .param("id", id)
                .query((rs, i) -> new Credentials(account(rs, i), rs.getString("password_hash")))
                .optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from users where id = :id")
                .param("id", id)
                .query(UserRepository::account)
                .optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from users order by display_name, email")
                .query(UserRepository::account)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("select count(*) from users where role = 'admin' and enabled = 1")
                .query(Long.class)
                .single();
    }

    long insert(EmailAddress email, String displayName, Role role, String passwordHash, long now) {
        return jdbc.sql(
                        """
                        insert into users (email, display_name, password_hash, role, enabled, ui_lang, created_at,
                            password_changed_at)
                        values (:email, :name, :hash, :role, 1, 'en', :now, :now)
                        returning id""")
                .param("email", email.value())
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("role", role.code())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    void updatePassword(long id, String passwordHash, long now) {
        jdbc.sql("update users set password_hash = :hash, password_changed_at = :now where id = :id")
                .param("hash", passwordHash)
                .param("now", now)
                .param("id", id)
                .update();
    }

    void updatePasswordHashOnly(String email, String passwordHash) {
        jdbc.sql("update users set password_hash = :hash where email = :email")
                .param("hash", passwordHash)
                .param("email", email)
                .update();
    }

    void updateRole(long id, Role role) {
        jdbc.sql("update users set role = :role where id = :id")
                .param("role", role.code())
                .param("id", id)
                .update();
    }

    void updateEnabled(long id, boolean enabled) {
        jdbc.sql("update users set enabled = :enabled where id = :id")
                .param("enabled", enabled ? 1 : 0)
                .param("id", id)
                .update();
    }

    void updateProfile(long id, String displayName, String uiLang) {
        jdbc.sql("update users set display_name = :name, ui_lang = :lang where id = :id")
                .param("name", displayName)
                .param("lang", uiLang)
                .param("id", id)
                .update();
    }

    static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.fromCode(rs.getString("role")),
                rs.getInt("enabled") == 1,
                rs.getString("ui_lang"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}

package org.gazette.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.gazette.text.Abbreviation;
import org.gazette.text.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes (Base64url, prefixed {@code gzt_}); only its SHA-256
 * is stored, so a copy of the database gives no working tokens. A plain hash is enough here, unlike
 * for passwords: the token has 256 bits of entropy, nothing to guess. A token acts with its owner's
 * current role and stops working when revoked or when its owner is disabled.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "gzt_";
    public static final int MAX_NAME_CHARS = 100;

    /** A token as its owner sees it in a list: never the token itself. */
    public record TokenInfo(
            long id,
            long userId,
            String name,
            String prefix,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just made: the only moment its value is known. */
    public record NewToken(long id, String value) {}

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserRepository users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NewToken create(long userId, String name, NewsroomUser actor) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(
                    "a token name needs 1 to " + MAX_NAME_CHARS + " characters, got '" + Abbreviation.of(label) + "'");
        }
        UserAccount owner =
                users.find(userId).orElseThrow(() -> new IllegalArgumentException("no user with id " + userId));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql(
                        """
                        insert into api_tokens (user_id, name, token_hash, prefix, created_at)
                        values (:user, :name, :hash, :prefix, :now) returning id""")
                .param("user", userId)
                .param("name", label)
                .param("hash", hash(value))
                .param("prefix", value.substring(0, PREFIX.length() + 6))
                .param("now", clock.millis())
                .query(Long.class)
                .single();
        if (actor == null) {
            audit.record(null, "command line", AuditLog.Action.TOKEN_CREATED, owner.email(), label);
        } else {
            audit.record(actor, AuditLog.Action.TOKEN_CREATED, owner.email(), label);
        }
        return new NewToken(id, value);
    }

    public List<TokenInfo> list(long userId) {
        return jdbc.sql("select * from api_tokens where user_id = :user order by created_at desc, id desc")
                .param("user", userId)
                .query((rs, i) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        instant(rs.getLong("last_used_at"), rs.wasNull()),
                        instantOrNull(rs, "revoked_at")))
                .list();
    }

    /** Revokes one of the user's tokens; false when the user has no such active token. */
    @Transactional
    public boolean revoke(long tokenId, NewsroomUser owner) {
        int changed = jdbc.sql(
                        """
                        update api_tokens set revoked_at = :now
                        where id = :id and user_id = :user and revoked_at is null""")
                .param("now", clock.millis())
                .param("id", tokenId)
                .param("user", owner.id())
                .update();
        if (changed > 0) {
            audit.record(owner, AuditLog.Action.TOKEN_REVOKED, owner.email(), "token " + tokenId);
        }
        return changed > 0;
    }

    /** The enabled user an active token belongs to. */
    public Optional<NewsroomUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Long> userId = jdbc.sql(
                        "select user_id from api_tokens where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query(Long.class)
                .optional();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> user = users.find(userId.get()).filter(UserAccount::enabled);
        if (user.isPresent()) {
            jdbc.sql("update api_tokens set last_used_at = :now where token_hash = :hash")
                    .param("now", clock.millis())
                    .param("hash", hash)
                    .update();
        }
        return user.map(u -> new NewsroomUser(u, null));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private static Instant instant(long millis, boolean wasNull) {
        return wasNull ? null : Instant.ofEpochMilli(millis);
    }

    private static Instant instantOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}

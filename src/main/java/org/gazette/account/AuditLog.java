package org.gazette.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The record of who did what in the newsroom: sign-ins (and failed ones), publishing, unpublishing,
 * deleting, every change to users and roles, and to sections, tags, authors and sources. Rows are only ever added. A row written inside a
 * transaction commits or rolls back with the change it describes.
 */
@Component
public class AuditLog {

    /** What happened. The codes are stored; the newsroom shows them translated. */
    public enum Action {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        SIGN_OUT,
        USER_CREATED,
        ROLE_CHANGED,
        USER_ENABLED,
        USER_DISABLED,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        TOKEN_CREATED,
        TOKEN_REVOKED,
        ARTICLE_SUBMITTED,
        ARTICLE_RETURNED,
        ARTICLE_SCHEDULED,
        ARTICLE_UNSCHEDULED,
        ARTICLE_PUBLISHED,
        ARTICLE_UNPUBLISHED,
        ARTICLE_DELETED,
        ARTICLE_CORRECTED,
        SOURCE_CREATED,
        SOURCE_PAUSED,
        SOURCE_RESUMED,
        SOURCE_POLLED,
        WIRE_ITEM_TAKEN,
        TERM_CREATED,
        TERM_CHANGED,
        TERM_MERGED,
        TERM_DELETED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Action fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** One row of the log. */
    public record Entry(
            long id,
            Instant at,
            Long actorId,
            String actor,
            Action action,
            String target,
            String detail,
            String clientAddress) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by a signed-in user. */
    public void record(NewsroomUser actor, Action action, String target, String detail) {
        record(actor == null ? null : actor.id(), actor == null ? "system" : actor.email(), action, target, detail);
    }

    /** Records an action; {@code actorName} is an e-mail address or a part of the system ("scheduler"). */
    public void record(Long actorId, String actorName, Action action, String target, String detail) {
        jdbc.sql(
                        """
                        insert into audit_log (at, actor_id, actor, action, target, detail, client_address)
                        values (:at, :actorId, :actor, :action, :target, :detail, :address)""")
                .param("at", clock.millis())
                .param("actorId", actorId)
                .param("actor", actorName)
                .param("action", action.code())
                .param("target", target)
                .param("detail", detail)
                .param("address", clientAddress())
                .update();
    }

    /** The newest entries first, {@code limit} of them, older than entry {@code beforeId} when given. */
    public List<Entry> entries(Long beforeId, int limit) {
        // no "(:before is null or ...)": PostgreSQL cannot type a parameter that is only ever null
        return jdbc.sql("select * from audit_log where id < :before order by id desc limit :limit")
                .param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .param("limit", limit)
                .query((rs, i) -> {
                    long actorId = rs.getLong("actor_id");
                    Long actor = rs.wasNull() ? null : actorId;
                    return new Entry(
                            rs.getLong("id"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            actor,
                            rs.getString("actor"),
                            Action.fromCode(rs.getString("action")),
                            rs.getString("target"),
                            rs.getString("detail"),
                            rs.getString("client_address"));
                })
                .list();
    }

    /** The address of the client of the current request, if this runs inside one. */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

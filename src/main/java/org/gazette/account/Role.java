package org.gazette.account;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a newsroom user may do. Each role includes the ones below it: an editor can do everything a
 * reporter can, an admin everything an editor can.
 */
public enum Role {
    /** Writes and edits their own drafts and submits them for review. */
    REPORTER,
    /** Edits any article, publishes, schedules, unpublishes, corrects; manages sections, tags, sources, authors. */
    EDITOR,
    /** Also manages users and reads the audit log. */
    ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; expected reporter, editor or admin");
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Spring Security authorities: {@code ROLE_X} for this role and every role it includes. */
    public List<GrantedAuthority> authorities() {
        return java.util.Arrays.stream(values())
                .filter(this::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }
}

package org.gazette.account;

import java.io.Serializable;
import java.time.Instant;

/** A newsroom user as stored, without the password hash. */
public record UserAccount(
        long id, String email, String displayName, Role role, boolean enabled, String uiLang, Instant createdAt)
        implements Serializable {}

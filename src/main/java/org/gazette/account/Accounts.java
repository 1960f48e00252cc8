package org.gazette.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes newsroom users: every change is checked (e-mail shape, password rules, one
 * admin always left), written to the audit log, and ends the sessions that a change of role or a
 * disabled account makes stale, so nobody keeps rights they no longer have.
 */
@Service
public class Accounts {

    public static final int MAX_NAME_CHARS = 100;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final SignedInSessions signedIn;
    private final Clock clock;

    Accounts(UserRepository users, PasswordEncoder passwords, AuditLog audit, SignedInSessions signedIn, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    public List<UserAccount> all() {
        return users.all();
    }

    public Optional<UserAccount> find(long id) {
        return users.find(id);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return users.credentials(EmailAddress.of(email)).map(UserRepository.Credentials::account);
    }

    public boolean anyUser() {
        return users.count() > 0;
    }

    /**
     * Creates a user. {@code actor} is the admin doing it, or null for the command line and the
     * first-start environment variables.
     */
    @Transactional
    public UserAccount create(String email, String displayName, Role role, String password, NewsroomUser actor) {
        EmailAddress address = EmailAddress.of(email);
        String name = displayName(displayName == null || displayName.isBlank() ? address.localPart() : displayName);
        PasswordPolicy.problem(password, address.value(), name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (users.credentials(address).isPresent()) {
            throw new IllegalArgumentException("a user with the e-mail address '" + address + "' already exists");
        }
        long id = users.insert(address, name, role, passwords.encode(password), clock.millis());
        record(actor, AuditLog.Action.USER_CREATED, address.value(), role.code());
        return users.find(id).orElseThrow();
    }

    @Transactional
    public void changeRole(long userId, Role role, NewsroomUser actor) {
        UserAccount user = require(userId);
        if (user.role() == role) {
            return;
        }
        if (user.role() == Role.ADMIN && user.enabled() && users.countEnabledAdmins() <= 1) {
            throw new IllegalArgumentException(
                    "'" + user.email() + "' is the last admin; make someone else admin first");
        }
        users.updateRole(userId, role);
        record(actor, AuditLog.Action.ROLE_CHANGED, user.email(), user.role().code() + " → " + role.code());
        endSessions(userId);
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, NewsroomUser actor) {
        UserAccount user = require(userId);
        if (user.enabled() == enabled) {
            return;
        }
        if (!enabled && user.role() == Role.ADMIN && users.countEnabledAdmins() <= 1) {
            throw new IllegalArgumentException("'" + user.email() + "' is the last admin and cannot be disabled");
        }
        users.updateEnabled(userId, enabled);
        record(actor, enabled ? AuditLog.Action.USER_ENABLED : AuditLog.Action.USER_DISABLED, user.email(), null);
        if (!enabled) {
            endSessions(userId);
        }
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(NewsroomUser user, String current, String replacement) {
        UserRepository.Credentials stored = users.credentials(user.id()).orElseThrow();
        if (current == null || !passwords.matches(current, stored.passwordHash())) {
            throw new IllegalArgumentException("the current password is not right");
        }
        setPassword(stored.account(), replacement);
        record(user, AuditLog.Action.PASSWORD_CHANGED, stored.account().email(), null);
    }

    /** An admin (or the command line, {@code actor} null) sets a new password for someone. */
    @Transactional
    public void resetPassword(long userId, String replacement, NewsroomUser actor) {
        UserAccount user = require(userId);
        setPassword(user, replacement);
        record(actor, AuditLog.Action.PASSWORD_RESET, user.email(), null);
        endSessions(userId);
    }

    @Transactional
    public void updateProfile(NewsroomUser user, String displayName, String uiLang) {
        if (!Language.isSupported(uiLang)) {
            throw new IllegalArgumentException("the newsroom speaks " + String.join(", ", Language.SUPPORTED)
                    + ", got '" + Abbreviation.of(uiLang) + "'");
        }
        users.updateProfile(user.id(), displayName(displayName), uiLang);
    }

    private void setPassword(UserAccount user, String replacement) {
        PasswordPolicy.problem(replacement, user.email(), user.displayName()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        users.updatePassword(user.id(), passwords.encode(replacement), clock.millis());
    }

    private UserAccount require(long userId) {
        return users.find(userId).orElseThrow(() -> new IllegalArgumentException("no user with id " + userId));
    }

    private static String displayName(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a name needs 1 to " + MAX_NAME_CHARS
                    + " characters without control characters, got '" + Abbreviation.of(name) + "'");
        }
        return name;
    }

    private void record(NewsroomUser actor, AuditLog.Action action, String target, String detail) {
        if (actor == null) {
            audit.record(null, "command line", action, target, detail);
        } else {
            audit.record(actor, action, target, detail);
        }
    }

    /** Signs the user out everywhere: their next request, on any node, meets the sign-in page. */
    private void endSessions(long userId) {
        signedIn.endAll(require(userId).email());
    }
}

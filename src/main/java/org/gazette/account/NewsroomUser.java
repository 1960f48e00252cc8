package org.gazette.account;

import java.util.Collection;
import java.util.Map;
import org.gazette.article.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The signed-in user, whether through the sign-in form (a {@link UserDetails}) or an API token (an
 * {@link OAuth2AuthenticatedPrincipal} of Spring Security's opaque-token support): controllers take it
 * as {@code @AuthenticationPrincipal NewsroomUser} either way. Two instances are equal when they name
 * the same account, so the session registry finds a user's sessions after their role changed.
 */
public final class NewsroomUser implements UserDetails, OAuth2AuthenticatedPrincipal, CredentialsContainer {

    private final UserAccount account;
    private String passwordHash;

    NewsroomUser(UserAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return account.id();
    }

    public String email() {
        return account.email();
    }

    public String displayName() {
        return account.displayName();
    }

    public Role role() {
        return account.role();
    }

    public String uiLang() {
        return account.uiLang();
    }

    public boolean can(Role needed) {
        return account.role().includes(needed);
    }

    /** This user as the author of a change, for revisions. */
    public Actor actor() {
        return Actor.user(account.id(), account.displayName());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.role().authorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("sub", account.email(), "role", account.role().code());
    }

    @Override
    public String getName() {
        return account.email();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NewsroomUser user && user.account.id() == account.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(account.id());
    }

    @Override
    public String toString() {
        return "NewsroomUser[" + account.id() + ", " + account.email() + ", "
                + account.role().code() + "]";
    }
}

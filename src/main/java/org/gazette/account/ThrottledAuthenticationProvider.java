package org.gazette.account;

import org.gazette.text.Abbreviation;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's authentication: Spring Security's {@link DaoAuthenticationProvider} (password
 * hash check, disabled accounts, hash upgrades) behind the {@link LoginThrottle}. A throttled attempt
 * fails with {@link LockedException} before the password is even looked at.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public ThrottledAuthenticationProvider(
            DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        if (throttle.blocked(username, address)) {
            audit.record(null, abbreviate(username), AuditLog.Action.SIGN_IN_THROTTLED, null, null);
            throw new LockedException("too many failed sign-ins; try again later");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        } catch (AuthenticationException e) {
            // a disabled account counts as a failure too, so it cannot be used to probe passwords
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String abbreviate(String username) {
        return Abbreviation.of(username == null ? "" : username);
    }
}

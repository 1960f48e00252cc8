package org.gazette.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, failed sign-ins and sign-outs through the sign-in form to the audit log, from the
 * events Spring Security publishes. API calls authenticate on every request and are not logged here.
 */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof NewsroomUser user) {
            audit.record(user, AuditLog.Action.SIGN_IN, user.email(), null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        // throttled attempts are logged by the throttle itself
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && !(event.getException() instanceof LockedException)) {
            audit.record(
                    null,
                    ThrottledAuthenticationProvider.abbreviate(
                            event.getAuthentication().getName()),
                    AuditLog.Action.SIGN_IN_FAILED,
                    null,
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null
                && event.getAuthentication().getPrincipal() instanceof NewsroomUser user) {
            audit.record(user, AuditLog.Action.SIGN_OUT, user.email(), null);
        }
    }
}

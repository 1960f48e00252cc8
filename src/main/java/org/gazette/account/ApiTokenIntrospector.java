package org.gazette.account;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Plugs personal API tokens into Spring Security's bearer-token support: {@code Authorization: Bearer
 * TOKEN} is checked against the hashed tokens, and the request runs as the token's owner with their
 * role. Unknown, revoked and disabled users' tokens get Spring Security's 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}.
 */
@Component
public class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;

    ApiTokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return tokens.authenticate(token).orElseThrow(() -> new BadOpaqueTokenException("unknown or revoked token"));
    }
}

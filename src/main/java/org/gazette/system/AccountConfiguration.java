package org.gazette.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What accounts need in every kind of run, the commands ({@code create-admin}) as well as the site:
 * the password encoder and the registry of signed-in sessions (empty outside the site).
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets a future default take over hash by hash at sign-in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }
}

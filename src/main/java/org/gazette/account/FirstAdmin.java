package org.gazette.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code GAZETTE_ADMIN_EMAIL} and {@code GAZETTE_ADMIN_PASSWORD}
 * when the site starts with no users at all. Once anyone exists the variables are ignored, so leaving
 * them set can never reset a password. Without them, {@code create-admin} makes the first admin; there
 * is no default account.
 */
@Component
// only when serving: a command such as create-admin must not race it
@ConditionalOnProperty(name = "gazette.background-jobs", havingValue = "true", matchIfMissing = true)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String email;
    private final String password;

    FirstAdmin(
            Accounts accounts,
            @Value("${gazette.admin.email:}") String email,
            @Value("${gazette.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUser()) {
            return;
        }
        if (email.isBlank() || password.isEmpty()) {
            log.warn("The newsroom has no users yet. Create the first admin with 'java -jar gazette.jar create-admin "
                    + "--email E' or set GAZETTE_ADMIN_EMAIL and GAZETTE_ADMIN_PASSWORD.");
            return;
        }
        UserAccount admin = accounts.create(email, null, Role.ADMIN, password, null);
        log.info("Created the first admin, {}, from GAZETTE_ADMIN_EMAIL", admin.email());
    }
}

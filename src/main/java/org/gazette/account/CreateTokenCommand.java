package org.gazette.account;

import java.util.concurrent.Callable;
import org.gazette.text.Abbreviation;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code create-token --email E --name N}: makes a personal API token for a user and prints it once;
 * only its hash is kept, so it cannot be shown again (create another and revoke this one instead).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "create-token", description = "Create a personal API token for a user; it is printed once.")
class CreateTokenCommand implements Callable<Integer> {

    private final Accounts accounts;
    private final ApiTokens tokens;

    @Option(names = "--email", required = true, description = "the user's e-mail address")
    String email;

    @Option(names = "--name", required = true, description = "what the token is for, e.g. 'wire script'")
    String name;

    CreateTokenCommand(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public Integer call() {
        UserAccount user = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no user with the e-mail address '" + Abbreviation.of(email) + "'"));
        if (!user.enabled()) {
            throw new IllegalArgumentException("the user '" + user.email() + "' is disabled");
        }
        ApiTokens.NewToken token = tokens.create(user.id(), name, null);
        System.out.println(token.value());
        return 0;
    }
}

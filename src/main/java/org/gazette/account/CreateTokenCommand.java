package org.gazette.account;

import java.util.concurrent.Callable;
import org.gazette.system.CommandLineInterface;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code create-token --email E --name N}: makes a personal API token for a user and prints it once;
 * only its hash is kept, so it cannot be shown again (create another and revoke this one instead).
 */
@Command(name = "create-token", description = "Create a personal API token for a user; it is printed once.")
public class CreateTokenCommand implements Callable<Integer> {

    @Option(names = "--email", required = true, description = "the user's e-mail address")
    String email;

    @Option(names = "--name", required = true, description = "what the token is for, e.g. 'wire script'")
    String name;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = CommandLineInterface.startContext()) {
            Accounts accounts = context.getBean(Accounts.class);
            UserAccount user = accounts.findByEmail(email)
                    .orElseThrow(() -> new IllegalArgumentException("no user with the e-mail address '"
                            + EmailAddress.abbreviate(email) + "'"));
            if (!user.enabled()) {
                throw new IllegalArgumentException("the user '" + user.email() + "' is disabled");
            }
            ApiTokens.NewToken token = context.getBean(ApiTokens.class).create(user.id(), name, null);
            System.out.println(token.value());
            return 0;
        }
    }
}

package org.gazette.account;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code create-admin --email E}: creates an administrator. The password comes from
 * {@code GAZETTE_ADMIN_PASSWORD} or, when that is unset, from the first line of standard input, never
 * from the command line (where other users of the machine could read it in the process list).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "create-admin",
        description = "Create a newsroom administrator. The password is read from "
                + "GAZETTE_ADMIN_PASSWORD or, if unset, from the first line of standard input.")
class CreateAdminCommand implements Callable<Integer> {

    private final Accounts accounts;

    @Option(names = "--email", required = true, description = "the administrator's e-mail address (sign-in name)")
    String email;

    @Option(names = "--name", description = "the name shown in the newsroom (default: the part before the @)")
    String name;

    CreateAdminCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() throws Exception {
        String password = System.getenv("GAZETTE_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            password = in.readLine();
            if (password == null || password.isEmpty()) {
                System.err.println("gazette: create-admin: no password: set GAZETTE_ADMIN_PASSWORD or pipe it to "
                        + "standard input");
                return 1;
            }
        }
        UserAccount admin = accounts.create(email, name, Role.ADMIN, password, null);
        System.out.println("created admin " + admin.email());
        return 0;
    }
}

package org.gazette.testing;

import java.util.UUID;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;

/** Newsroom users for tests, each with a unique address and a password that passes the rules. */
public final class Staff {

    public static final String PASSWORD = "quiet harbour lantern 42";

    private Staff() {}

    public static UserAccount create(Accounts accounts, Role role) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(
                role.code() + "-" + unique + "@example.org",
                "Test " + role.code() + " " + unique,
                role,
                PASSWORD,
                null);
    }
}

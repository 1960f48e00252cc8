package org.gazette.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After {@code maxPerAccount} failed sign-ins for one account, or
 * {@code maxPerAddress} from one client address, within the window, further attempts for that account
 * or from that address are refused without checking the password until the window has passed since
 * the oldest counted failure. A successful sign-in clears the account's count (not the address's: one
 * guesser with one good password must not reset the counter for their other guesses).
 *
 * <p>Failures are rows of {@code login_failures}, so every node behind a load balancer counts the same
 * ones: a guesser spreading attempts over the nodes meets the same limit as on one. Rows older than the
 * window are deleted now and then by whichever node records a failure.
 */
@Component
public class LoginThrottle {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final AtomicLong prunedAt = new AtomicLong();

    LoginThrottle(
            @Value("${gazette.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${gazette.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${gazette.login.failure-window:PT15M}") Duration window,
            Clock clock,
            JdbcClient jdbc) {
        if (maxPerAccount < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("gazette.login.max-failures-per-account and -per-address must be at "
                    + "least 1, got " + maxPerAccount + " and " + maxPerAddress);
        }
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Whether a sign-in attempt for this account from this address is to be refused unchecked. */
    public boolean blocked(String username, String address) {
        return count(accountKey(username)) >= maxPerAccount
                || (address != null && count(addressKey(address)) >= maxPerAddress);
    }

    public void failed(String username, String address) {
        long now = clock.millis();
        add(accountKey(username), now);
        if (address != null) {
            add(addressKey(address), now);
        }
        pruneNowAndThen(now);
    }

    public void succeeded(String username) {
        jdbc.sql("delete from login_failures where throttle_key = :key")
                .param("key", accountKey(username))
                .update();
    }

    private int count(String key) {
        return jdbc.sql("select count(*) from login_failures where throttle_key = :key and failed_at >= :since")
                .param("key", key)
                .param("since", clock.millis() - window.toMillis())
                .query(Integer.class)
                .single();
    }

    private void add(String key, long now) {
        jdbc.sql("insert into login_failures (throttle_key, failed_at) values (:key, :now)")
                .param("key", key)
                .param("now", now)
                .update();
    }

    /** Forgets failures that no longer count, at most once a window per node. */
    private void pruneNowAndThen(long now) {
        long last = prunedAt.get();
        if (now - last >= window.toMillis() && prunedAt.compareAndSet(last, now)) {
            jdbc.sql("delete from login_failures where failed_at < :before")
                    .param("before", now - window.toMillis())
                    .update();
        }
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // a key longer than the column could only come from a guesser; its count still holds by prefix
        return "account:" + (name.length() > 300 ? name.substring(0, 300) : name);
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() > 300 ? address.substring(0, 300) : address);
    }
}

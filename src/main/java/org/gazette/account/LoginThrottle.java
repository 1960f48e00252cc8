package org.gazette.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After {@code maxPerAccount} failed sign-ins for one account, or
 * {@code maxPerAddress} from one client address, within the window, further attempts for that account
 * or from that address are refused without checking the password until the window has passed since
 * the oldest counted failure. A successful sign-in clears the account's count (not the address's: one
 * guesser with one good password must not reset the counter for their other guesses).
 *
 * <p>Counts are kept in memory per application node; with several nodes a guesser gets the limit once
 * per node, which still turns millions of guesses into dozens.
 */
@Component
public class LoginThrottle {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Long>> failures;

    LoginThrottle(
            @Value("${gazette.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${gazette.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${gazette.login.failure-window:PT15M}") Duration window,
            Clock clock) {
        if (maxPerAccount < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("gazette.login.max-failures-per-account and -per-address must be at "
                    + "least 1, got " + maxPerAccount + " and " + maxPerAddress);
        }
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(100_000)
                .build();
    }

    /** Whether a sign-in attempt for this account from this address is to be refused unchecked. */
    public boolean blocked(String username, String address) {
        return count(accountKey(username)) >= maxPerAccount
                || (address != null && count(addressKey(address)) >= maxPerAddress);
    }

    public void failed(String username, String address) {
        add(accountKey(username));
        if (address != null) {
            add(addressKey(address));
        }
    }

    public void succeeded(String username) {
        failures.invalidate(accountKey(username));
    }

    private int count(String key) {
        Deque<Long> times = failures.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long since = clock.millis() - window.toMillis();
            while (!times.isEmpty() && times.peekFirst() < since) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(String key) {
        Deque<Long> times = failures.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
            // the deque never needs more entries than the larger limit
            while (times.size() > Math.max(maxPerAccount, maxPerAddress)) {
                times.pollFirst();
            }
        }
        failures.put(key, times);
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}

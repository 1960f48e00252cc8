package org.gazette.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a password is good enough for a newsroom account. Length does most of the work
 * (at least {@value #MIN_LENGTH} characters); on top of that come checks that catch what people
 * actually choose when forced to: the account's own e-mail or name, one character repeated, a short
 * pattern repeated, a run along the alphabet, the digits or the keyboard, and a short list of the
 * most obvious words, also with digits or symbols around them and the usual letter-for-digit swaps.
 * The list is Gazette's own, deliberately small; a site that wants a breach corpus can put a proxy in
 * front. The upper bound is bcrypt's: it reads only the first 72 bytes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** Words that turn up first in every list of leaked passwords, plus what a newsroom would try. */
    private static final List<String> OBVIOUS = List.of(
            "password",
            "passw0rd",
            "qwerty",
            "letmein",
            "welcome",
            "iloveyou",
            "admin",
            "administrator",
            "editor",
            "reporter",
            "newsroom",
            "gazette",
            "newspaper",
            "journalist",
            "changeme",
            "secret",
            "monkey",
            "dragon",
            "football",
            "baseball",
            "sunshine",
            "princess",
            "master",
            "trustno1",
            "login",
            "default",
            "parol",
            "sifre",
            "parola",
            "test",
            "guest",
            "abc123");

    private static final List<String> RUNS = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "01234567890",
            "qwertyuiop",
            "asdfghjkl",
            "zxcvbnm",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "йцукенгшщзхъ",
            "фывапролджэ",
            "ячсмитьбю",
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя");

    private PasswordPolicy() {}

    /** Why the password is refused, or empty when it is acceptable for this account. */
    public static Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters, got "
                    + (password == null ? 0 : password.length()));
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of("a password can be at most " + MAX_BYTES + " bytes long, got " + bytes);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String local = email.toLowerCase(Locale.ROOT);
            int at = local.indexOf('@');
            String name = at > 0 ? local.substring(0, at) : local;
            if (lower.contains(local) || (name.length() >= 4 && lower.contains(name))) {
                return Optional.of("a password must not contain the account's e-mail address");
            }
        }
        if (displayName != null) {
            for (String part : displayName.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (part.length() >= 4 && lower.contains(part)) {
                    return Optional.of("a password must not contain the account's name ('" + part + "')");
                }
            }
        }
        if (repeatsAShortPattern(lower)) {
            return Optional.of("a password must not be one short pattern repeated");
        }
        if (mostlyARun(lower)) {
            return Optional.of("a password must not be a run of consecutive letters, digits or keys");
        }
        String core = unleet(lower).replaceAll("[^\\p{L}]", "");
        String letters = lower.replaceAll("[^\\p{L}]", "");
        for (String word : OBVIOUS) {
            String plain = unleet(word).replaceAll("[^\\p{L}]", "");
            boolean decorated = core.length() <= plain.length() * 2 && core.contains(plain);
            // the word, repeated or not, with at most a few other letters: "gazette-gazette-1"
            boolean padded = letters.contains(word) && letters.replace(word, "").length() < 4;
            if (!plain.isEmpty() && (decorated || padded)) {
                return Optional.of("a password must not be built around a common word ('" + word + "')");
            }
        }
        return Optional.empty();
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc", "12121212...": a unit of at most a quarter of the length, repeated. */
    private static boolean repeatsAShortPattern(String text) {
        int length = text.codePointCount(0, text.length());
        for (int unit = 1; unit <= length / 4; unit++) {
            if (length % unit != 0 && unit > 3) {
                continue;
            }
            String head = text.substring(0, text.offsetByCodePoints(0, unit));
            StringBuilder built = new StringBuilder();
            while (built.length() < text.length()) {
                built.append(head);
            }
            if (built.substring(0, text.length()).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Three quarters or more of the password lies on runs of four or more along a known sequence. */
    private static boolean mostlyARun(String text) {
        boolean[] covered = new boolean[text.length()];
        for (String run : RUNS) {
            for (String sequence : List.of(run, new StringBuilder(run).reverse().toString())) {
                for (int start = 0; start < text.length(); start++) {
                    int length = 0;
                    while (start + length < text.length()
                            && sequence.contains(text.substring(start, start + length + 1))) {
                        length++;
                    }
                    if (length >= 4) {
                        for (int i = start; i < start + length; i++) {
                            covered[i] = true;
                        }
                    }
                }
            }
        }
        int count = 0;
        for (boolean c : covered) {
            if (c) {
                count++;
            }
        }
        return count * 4 >= text.length() * 3;
    }

    private static String unleet(String text) {
        return text.replace('0', 'o')
                .replace('1', 'i')
                .replace('3', 'e')
                .replace('4', 'a')
                .replace('5', 's')
                .replace('7', 't')
                .replace('@', 'a')
                .replace('$', 's')
                .replace('!', 'i');
    }
}

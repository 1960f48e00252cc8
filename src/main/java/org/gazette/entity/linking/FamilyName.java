package org.gazette.entity.linking;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A surname in the plural names a family, not a person: Russian {@code Алиевы, Алиевых, Зеленские},
 * Azerbaijani {@code Əliyevlər, Əliyevlərin}, English {@code the Aliyevs}. Read as a singular it would join one
 * member of the family ({@code Алиевы} reads like {@code Алиева}), so the linker leaves it unlinked.
 */
final class FamilyName {

    private static final Pattern RUSSIAN =
            Pattern.compile(".{2,}(овы|евы|ёвы|ины|ыны|овых|евых|ёвых|иных|ские|ских|цкие|цких)");
    private static final Pattern AZERBAIJANI = Pattern.compile(".{2,}(ov|ev|ova|eva)l[aə]r\\p{L}*");
    private static final Pattern ENGLISH = Pattern.compile(".{2,}(ov|ev|ovs|sky|skiy)s");

    private FamilyName() {}

    static boolean isPlural(String surname, String language) {
        String lower = surname.toLowerCase(Locale.ROOT);
        return switch (language) {
            case "ru" -> RUSSIAN.matcher(lower).matches();
            case "az" -> AZERBAIJANI.matcher(lower).matches();
            default -> ENGLISH.matcher(lower).matches();
        };
    }
}

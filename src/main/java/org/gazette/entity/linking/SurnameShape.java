package org.gazette.entity.linking;

import java.util.regex.Pattern;

/**
 * What the ending of a name word suggests in any of the three languages, read on its romanised form: the
 * Slavic and Azerbaijani surname endings with a man's and a woman's form ({@code -ov}/{@code -ova},
 * {@code -yev}/{@code -yeva}, {@code -sky}/{@code -skaya}), and other endings that mark a surname
 * ({@code -yan}, {@code -enko}, {@code -zade}, {@code -shvili}).
 */
final class SurnameShape {

    private static final Pattern FEMALE = Pattern.compile(".{2,}(ova|eva|yova|ina|yna|skaya|tskaya)");
    private static final Pattern MALE = Pattern.compile(".{2,}(ov|ev|yov|in|yn|sky|ski|skiy|skii|skyy|tsky|tskiy)");
    private static final Pattern OTHER_SURNAME = Pattern.compile(".{2,}(yan|ian|enko|zade|shvili|dze|oglu|uk)");

    private SurnameShape() {}

    static Gender genderOf(String word) {
        String latin = Romanization.latin(word, "en");
        if (FEMALE.matcher(latin).matches()) {
            return Gender.FEMALE;
        }
        if (MALE.matcher(latin).matches()) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /** Whether the word ends like a surname, which decides the order of "Aliyev Ilham". */
    static boolean looksLikeSurname(String word) {
        String latin = Romanization.latin(word, "en");
        return genderOf(word) != Gender.UNKNOWN || OTHER_SURNAME.matcher(latin).matches();
    }
}

package org.gazette.taxonomy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gazette.taxonomy.TermRefusedException.Reason;
import org.gazette.text.Language;
import org.gazette.text.Slug;

/**
 * What an editor typed for a term, checked: a name, a slug, a section's names and menu place, a
 * source's home page. Anything else is refused with a {@link TermRefusedException} that quotes it.
 */
final class TermInput {

    private TermInput() {}

    static TermName name(String raw) {
        try {
            return TermName.of(raw == null ? "" : raw);
        } catch (IllegalArgumentException e) {
            throw new TermRefusedException(
                    Reason.INVALID, e.getMessage(), "nr.terms.error.name", String.valueOf(TermName.MAX_LENGTH));
        }
    }

    static Slug slug(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (!Slug.isValid(value)) {
            throw new TermRefusedException(
                    Reason.INVALID,
                    "a slug must be lower-case letters and digits joined by " + "single hyphens, at most "
                            + Slug.MAX_LENGTH + " characters, got '" + value + "'",
                    "nr.terms.error.slug",
                    value,
                    String.valueOf(Slug.MAX_LENGTH));
        }
        return new Slug(value);
    }

    /** The slug typed, or {@code current} when it was left blank. */
    static Slug slugOr(String raw, String current) {
        return raw == null || raw.isBlank() ? new Slug(current) : slug(raw);
    }

    /** A section's names in the languages given one; a blank name is no name. */
    static Map<Language, TermName> sectionNames(Map<Language, String> names) {
        Map<Language, TermName> given = new LinkedHashMap<>();
        names.forEach((lang, name) -> {
            if (name != null && !name.isBlank()) {
                given.put(lang, name(name));
            }
        });
        return given;
    }

    static void requirePosition(int position) {
        if (position < 0 || position > SectionEditor.MAX_POSITION) {
            throw TermRefusedException.badPosition(String.valueOf(position), SectionEditor.MAX_POSITION);
        }
    }

    /** A source's home page: blank for none, otherwise an absolute http or https URL. */
    static String homepage(TermKind kind, String raw) {
        if (kind != TermKind.SOURCE || raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= 2000) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below, with the value
        }
        throw new TermRefusedException(
                Reason.INVALID,
                "a home page must be an http or https address, got '" + value + "'",
                "nr.terms.error.homepage",
                value);
    }
}

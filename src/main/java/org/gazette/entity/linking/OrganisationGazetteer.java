package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.entity.EntityType;

/** The organisations of {@code organisations.tsv}: names and acronyms in en, ru and az, and other spellings. */
final class OrganisationGazetteer {

    private OrganisationGazetteer() {}

    static List<KnownEntity> organisations() {
        List<KnownEntity> organisations = new ArrayList<>();
        for (List<String> row : GazetteerFile.rows("organisations.tsv", 8)) {
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> phrases = new LinkedHashSet<>();
            Set<String> acronyms = new LinkedHashSet<>();
            for (int i = 0; i < PlaceGazetteer.LANGUAGES.size(); i++) {
                String language = PlaceGazetteer.LANGUAGES.get(i);
                String name = row.get(1 + 2 * i);
                String acronym = row.get(2 + 2 * i);
                if (!name.isEmpty()) {
                    names.put(language, name);
                    phrases.addAll(NamePhrase.keysInText(name, language));
                }
                if (!acronym.isEmpty()) {
                    acronyms.add(Acronym.normalised(acronym));
                }
            }
            for (String spelling : GazetteerFile.list(row.get(7), "|")) {
                phrases.addAll(NamePhrase.keysInText(spelling, GazetteerFile.languageOf(spelling)));
            }
            organisations.add(KnownEntity.named(row.get(0), EntityType.ORG, names, phrases, acronyms));
        }
        return organisations;
    }
}

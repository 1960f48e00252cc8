package org.gazette.api;

import java.util.Locale;
import org.gazette.entity.directory.ListedEntity;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;

/**
 * A person, organisation or place in the API: its slug (what {@code /api/v1/events?entity=} takes), its
 * name in the language asked for, its type ({@code PER}, {@code ORG}, {@code LOC}) and its page.
 */
record EntityJson(String slug, String name, String type, String url) {

    static EntityJson from(ListedEntity entity, Language lang, GazetteProperties site) {
        return new EntityJson(
                entity.slug(),
                entity.name(lang),
                entity.type().name().toUpperCase(Locale.ROOT),
                site.absolute(SiteLinks.entity(lang, entity.slug())));
    }
}

package org.gazette.site;

import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.springframework.stereotype.Component;

/** Reads the language segment of a reader URL; a language the site does not publish is a 404. */
@Component
public class SiteLanguages {

    private final GazetteProperties properties;

    SiteLanguages(GazetteProperties properties) {
        this.properties = properties;
    }

    public Language require(String code) {
        if (!properties.serves(code)) {
            throw new PageNotFoundException(properties.defaultLanguage());
        }
        return Language.of(code);
    }

    /** The language a URL path starts with, or the default one: for error pages outside any route. */
    public Language guess(String path) {
        if (path != null && path.length() >= 3 && path.charAt(0) == '/') {
            String code = path.substring(1, 3);
            if (properties.serves(code) && (path.length() == 3 || path.charAt(3) == '/')) {
                return Language.of(code);
            }
        }
        return properties.defaultLanguage();
    }
}

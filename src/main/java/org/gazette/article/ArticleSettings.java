package org.gazette.article;

import java.time.Clock;
import org.gazette.system.GazetteProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the article rules the site's languages and clock, and the site's days their time zone. The
 * settings are read here, beside the values that need them, rather than in {@code system}, which would
 * otherwise depend on {@code article} and close a package cycle; {@link ArticleValidator} and
 * {@link SiteDays} themselves still take plain values.
 */
@Configuration(proxyBeanMethods = false)
class ArticleSettings {

    @Bean
    ArticleValidator articleValidator(GazetteProperties properties, Clock clock) {
        return new ArticleValidator(properties.siteLanguages(), clock);
    }

    @Bean
    SiteDays siteDays(GazetteProperties properties) {
        return new SiteDays(properties.zone());
    }
}

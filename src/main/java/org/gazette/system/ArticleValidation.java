package org.gazette.system;

import java.time.Clock;
import org.gazette.article.ArticleValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives the article rules the site's languages and clock, so that {@code article} need not read the settings. */
@Configuration(proxyBeanMethods = false)
class ArticleValidation {

    @Bean
    ArticleValidator articleValidator(GazetteProperties properties, Clock clock) {
        return new ArticleValidator(properties.siteLanguages(), clock);
    }
}

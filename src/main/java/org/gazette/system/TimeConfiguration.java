package org.gazette.system;

import java.time.Clock;
import org.gazette.article.SiteDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock domain code reads (tests replace it to move time), and the days the site counts in. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SiteDays siteDays(GazetteProperties properties) {
        return new SiteDays(properties.zone());
    }
}

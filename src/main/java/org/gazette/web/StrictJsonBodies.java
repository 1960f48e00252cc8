package org.gazette.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;

/**
 * Every JSON request body is read by the rules of the import format: a duplicate key is refused rather
 * than letting the last one win silently. (Jackson already refuses bytes that are not UTF-8.)
 * {@link JsonBodyProblems} words the refusal.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBodies {

    @Bean
    JsonMapperBuilderCustomizer strictDuplicateDetection() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}

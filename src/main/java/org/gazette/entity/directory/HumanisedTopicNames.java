package org.gazette.entity.directory;

import org.gazette.text.Language;
import org.springframework.stereotype.Component;

/**
 * Topic names made from their keys, {@code peace-process} → "peace process": readable in every language
 * until the event package names its topics. A {@code @Primary} {@link TopicNames} there replaces it.
 */
@Component
class HumanisedTopicNames implements TopicNames {

    @Override
    public String name(String key, Language lang) {
        return key.replace('-', ' ').replace('_', ' ').strip();
    }
}

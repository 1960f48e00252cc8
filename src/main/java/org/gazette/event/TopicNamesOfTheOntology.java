package org.gazette.event;

import org.gazette.entity.directory.TopicNames;
import org.gazette.text.Language;
import org.springframework.stereotype.Component;

/**
 * Topic names in the reader's language, from the event ontology's topics, for the entity and event pages ({@link Topics}); a key the ontology
 * no longer has (an event stored by an older version) is shown as itself, readably: {@code peace-process} →
 * "peace process".
 */
@Component
public class TopicNamesOfTheOntology implements TopicNames {

    @Override
    public String name(String key, Language lang) {
        return Topics.byKey(key)
                .map(topic -> topic.name(lang.code()))
                .orElseGet(() -> key.replace('-', ' ').replace('_', ' ').strip());
    }
}

package org.gazette.entity.directory;

import org.gazette.text.Language;

/**
 * The display name of an event topic key. The event package may bring proper names in each language later
 * by declaring a bean of this type; until then {@link HumanisedTopicNames} shows the key itself, readably.
 */
public interface TopicNames {

    String name(String key, Language lang);
}

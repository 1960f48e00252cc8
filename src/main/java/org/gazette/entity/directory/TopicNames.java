package org.gazette.entity.directory;

import org.gazette.text.Language;

/**
 * The display name of an event topic key in a language: an interface so that pages and the API do not reach
 * into the event ontology; {@code event.TopicNamesOfTheOntology} takes the names from it.
 */
public interface TopicNames {

    String name(String key, Language lang);
}

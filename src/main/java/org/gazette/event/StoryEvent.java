package org.gazette.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event found in a story: its type, the day it happened (resolved against the story's date), the sentence
 * that reports it (code point offsets into the story text, end exclusive, like {@code Mention}, and its text),
 * the actors in the order the sentence names them, and the topic keys ({@link Topics}) of the sentence and of
 * the sentences that go on about the same conversation.
 */
public record StoryEvent(
        EventType type,
        LocalDate occurredOn,
        int sentenceStart,
        int sentenceEnd,
        String sentence,
        List<EventActor> actors,
        List<String> topics) {

    public StoryEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(sentence, "sentence");
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
    }
}

package org.gazette.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.gazette.entity.directory.EventActor;
import org.gazette.entity.directory.ReportedEvent;
import org.gazette.system.GazetteProperties;
import org.gazette.web.SiteLinks;

/**
 * An event in the API: its kind, the day it happened, the sentence reporting it in its language, the story
 * it comes from, who took part (with the entity's slug and page when the actor was linked) and its topic keys.
 */
record EventJson(
        long id,
        String type,
        String date,
        String lang,
        String sentence,
        StoryJson story,
        List<ActorJson> actors,
        List<String> topics) {

    record StoryJson(String id, String headline, String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActorJson(String name, String role, String title, String country, String entity, String url) {}

    static EventJson from(ReportedEvent event, GazetteProperties site) {
        return new EventJson(
                event.id(),
                event.type().name(),
                event.occurredOn().toString(),
                event.lang().code(),
                event.sentence(),
                new StoryJson(
                        event.story().externalId(),
                        event.story().headline(),
                        site.absolute(SiteLinks.article(
                                event.story().lang(), event.story().slug()))),
                event.actors().stream().map(actor -> actor(actor, event, site)).toList(),
                event.topics());
    }

    private static ActorJson actor(EventActor actor, ReportedEvent event, GazetteProperties site) {
        return new ActorJson(
                actor.name(),
                actor.role(),
                actor.title(),
                actor.country(),
                actor.entity() == null ? null : actor.entity().slug(),
                actor.entity() == null
                        ? null
                        : site.absolute(
                                SiteLinks.entity(event.lang(), actor.entity().slug())));
    }
}

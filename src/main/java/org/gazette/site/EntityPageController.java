package org.gazette.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.gazette.article.ArticleFilter;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.entity.directory.EventQuery;
import org.gazette.entity.directory.EventTimeline;
import org.gazette.entity.directory.ListedEntity;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.text.Language;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /{lang}/entity/{slug}}: a person, organisation or place, with the stories that name it (newest first,
 * paged like a tag's) and its latest events. A merged entity's slug moves (301) to the survivor; a hidden or
 * unknown one is the 404 page, so readers never learn of an entity an editor hid.
 */
@Controller
class EntityPageController {

    /** Events shown on the entity's page; the rest are on the timeline filtered by it. */
    private static final int EVENTS_SHOWN = 10;

    private final EntityDirectory entities;
    private final EventTimeline events;
    private final SiteLanguages languages;
    private final FrameFactory frames;
    private final StoryPages pages;
    private final TimelineCards timeline;

    EntityPageController(
            EntityDirectory entities,
            EventTimeline events,
            SiteLanguages languages,
            FrameFactory frames,
            StoryPages pages,
            TimelineCards timeline) {
        this.entities = entities;
        this.events = events;
        this.languages = languages;
        this.frames = frames;
        this.pages = pages;
        this.timeline = timeline;
    }

    @GetMapping("/{lang:[a-z]{2}}/entity/{slug}")
    String entity(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String after,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language language = languages.require(lang);
        Optional<ListedEntity> found = entities.find(slug);
        if (found.isEmpty()) {
            String current = entities.movedTo(slug).orElseThrow(() -> new PageNotFoundException(language));
            return PermanentRedirect.to(SiteLinks.entity(language, current), request, response);
        }
        ListedEntity entity = found.get();
        SurrogateKeys.declare(SurrogateKeys.entity(entity.id()), SurrogateKeys.EVENTS);
        Texts texts = frames.texts(language);
        String name = entity.name(language);
        String path = SiteLinks.entity(language, entity.slug());
        String kicker = texts.get("entity.type." + entity.type().name().toLowerCase(java.util.Locale.ROOT));
        ListingPage listing = pages.listing(
                language,
                path,
                kicker,
                name,
                ArticleFilter.language(language).withEntity(entity.id()),
                before,
                after,
                null,
                List.of());
        Frame frame =
                listing.frame().withFeeds(frames.feeds(path, frames.properties().siteName() + " — " + name));
        List<TimelineDay> days = timeline.days(
                events.page(EventQuery.all().inLanguage(language).withEntity(entity.id()), EVENTS_SHOWN), language);
        Link allEvents = days.isEmpty()
                ? null
                : new Link(
                        SiteLinks.events(language) + "?entity=" + entity.slug(), texts.get("entity.allEvents", name));
        model.addAttribute(
                "page", new EntityPage(frame, kicker, name, listing.stories(), listing.pager(), days, allEvents));
        return "site/entity";
    }
}

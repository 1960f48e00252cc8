package org.gazette.site;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gazette.article.ArticleFilter;
import org.gazette.article.ArticleRepository;
import org.gazette.cluster.StoryClusters;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The front page of each language, and {@code /}, which sends readers to the default language. */
@Controller
class HomeController {

    private static final int LATEST = 10;
    private static final int PER_SECTION = 4;
    private static final int MOST_READ = 5;
    private static final int MOST_READ_DAYS = 7;

    private final ArticleRepository articles;
    private final TaxonomyRepository taxonomy;
    private final SiteLanguages languages;
    private final FrameFactory frames;
    private final GazetteProperties properties;
    private final Clock clock;
    private final StructuredData structuredData;
    private final StoryPages stories;
    private final Duration frontPageCache;

    HomeController(
            ArticleRepository articles,
            TaxonomyRepository taxonomy,
            SiteLanguages languages,
            FrameFactory frames,
            GazetteProperties properties,
            Clock clock,
            StructuredData structuredData,
            StoryPages stories,
            @Value("${gazette.front-page-cache:PT30S}") Duration frontPageCache) {
        this.stories = stories;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.languages = languages;
        this.frames = frames;
        this.properties = properties;
        this.clock = clock;
        this.structuredData = structuredData;
        this.frontPageCache = frontPageCache;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/" + properties.defaultLanguage().code() + "/";
    }

    @GetMapping({"/{lang:[a-z]{2}}/", "/{lang:[a-z]{2}}"})
    String home(@PathVariable String lang, Model model) {
        Language language = languages.require(lang);
        // every change in the language drops the page; Most read changes with time alone
        SurrogateKeys.declare(SurrogateKeys.language(language));
        SurrogateKeys.liveAtMost(frontPageCache);
        // Kept by the page cache, which drops it with the change that makes it stale and refuses a render
        // that began before that change. A second cache of the page's model here once served the front
        // page without a story just published: a reader's build that read the database before the
        // publication finished after the model was dropped, and was kept for its 30 seconds.
        model.addAttribute("page", build(language));
        return "site/home";
    }

    private HomePage build(Language lang) {
        DateFormats dates = frames.dates(lang);
        Texts texts = frames.texts(lang);
        // one story per cluster, the newest report standing for the others
        List<StoryClusters.Folded> newest = stories.newest(ArticleFilter.language(lang), LATEST + 1);
        ArticleCard top = newest.isEmpty() ? null : stories.card(newest.get(0), lang);
        List<ArticleCard> latest =
                newest.stream().skip(1).map(s -> stories.card(s, lang)).toList();

        List<HomePage.SectionBlock> blocks = new ArrayList<>();
        for (Section section : taxonomy.sections(lang)) {
            List<StoryClusters.Folded> inSection =
                    stories.newest(ArticleFilter.language(lang).withSection(section.id()), PER_SECTION);
            if (!inSection.isEmpty()) {
                blocks.add(new HomePage.SectionBlock(
                        section.slug(),
                        new Link(SiteLinks.section(lang, section.slug()), section.name()),
                        texts.get("home.more", section.name()),
                        inSection.stream().map(s -> stories.card(s, lang)).toList()));
            }
        }
        long since = clock.millis() / 86_400_000L - MOST_READ_DAYS + 1;
        List<ArticleCard> mostRead = articles.mostRead(lang, since, MOST_READ).stream()
                .map(s -> ArticleCard.from(s, dates))
                .toList();
        Frame frame = frames.frame(lang, texts.get("home.title"), SiteLinks.home(lang));
        frame = frame.withFeeds(
                        frames.feeds(SiteLinks.home(lang), properties.siteName() + " — " + texts.get("home.title")))
                .withStructuredData(List.of(structuredData.website(lang, frame.description())), List.of());
        return new HomePage(frame, top, latest, blocks, mostRead);
    }
}

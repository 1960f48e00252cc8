package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleStatus;
import org.gazette.article.BodyFormat;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.Source;
import org.gazette.taxonomy.Tag;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class FeedAssemblerTest {

    private static final GazetteProperties SITE = new GazetteProperties(
            Path.of("data"),
            null,
            "Gazette",
            URI.create("https://news.example.com/"),
            List.of("en", "ru"),
            false,
            "UTC",
            20);

    private static FeedAssembler assembler(FeedProperties.Content content) {
        FeedProperties feeds = new FeedProperties(content, 20, null, null, Duration.ofSeconds(60));
        // item() reads nothing from the database
        return new FeedAssembler(null, SITE, feeds, new StoryIds(SITE, feeds), null);
    }

    private static Article article(String dek) {
        return new Article(
                7,
                "wire-2024-1",
                Language.of("ru"),
                "istoriya",
                "История",
                dek,
                "Текст.",
                BodyFormat.TEXT,
                "<p>Первый абзац &amp; ещё.</p><p>Второй.</p>",
                new Section(1, "politics", "Политика"),
                new Source(2, "azertag", "Azertag", "https://azertag.az"),
                "https://azertag.az/ru/1",
                Instant.parse("2024-09-16T14:05:00Z"),
                Instant.parse("2024-09-17T08:00:00Z"),
                ArticleStatus.PUBLISHED,
                null,
                "wire-2024-1",
                List.of(new Tag(3, "baku", "Баку")),
                List.of(new Author(4, "leyla", "Leyla")),
                3);
    }

    @Test
    void item_withFullTextCarriesTheBodyAndTheDekAsSummary() {
        FeedItem item = assembler(FeedProperties.Content.FULL).item(article("Дек."));
        assertThat(item.id()).isEqualTo("tag:news.example.com,2024:article:wire-2024-1");
        assertThat(item.url()).isEqualTo("https://news.example.com/ru/news/istoriya");
        assertThat(item.contentHtml()).startsWith("<p>Первый");
        assertThat(item.summary()).isEqualTo("Дек.");
        assertThat(item.updated()).isEqualTo(Instant.parse("2024-09-17T08:00:00Z"));
        assertThat(item.section().url()).isEqualTo("https://news.example.com/ru/section/politics");
        assertThat(item.tags()).extracting(FeedItem.Term::url).containsExactly("https://news.example.com/ru/tag/baku");
        assertThat(item.authors())
                .extracting(FeedItem.Term::url)
                .containsExactly("https://news.example.com/ru/author/leyla");
        assertThat(item.source())
                .isEqualTo(new FeedItem.Credit("Azertag", "https://azertag.az", "https://azertag.az/ru/1"));
        assertThat(item.image()).isNull();
    }

    @Test
    void item_withSummariesOnlyLeavesTheBodyOutAndSummarisesAStoryWithoutADek() {
        FeedItem item = assembler(FeedProperties.Content.SUMMARY).item(article(null));
        assertThat(item.contentHtml()).isNull();
        assertThat(item.summary()).isEqualTo("Первый абзац & ещё. Второй.");
    }
}

package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

    private final StoryIds ids = new StoryIds("News.Example.com");

    @Test
    void article_isATagUriOfTheExternalIdAlone() {
        assertThat(ids.article("azertag-2024-09-16-blinken"))
                .isEqualTo("tag:news.example.com,2024:article:azertag-2024-09-16-blinken");
        assertThat(URI.create(ids.article("a:b@c~d+e_f.g")).getScheme()).isEqualTo("tag");
    }

    @Test
    void article_percentEncodesWhatATagUriCannotHold() {
        assertThat(ids.article("ид 1#?")).isEqualTo("tag:news.example.com,2024:article:%D0%B8%D0%B4%201%23%3F");
        assertThat(URI.create(ids.article("ид 1#?")).isAbsolute()).isTrue();
    }

    @Test
    void feed_namesTheFeedByItsPath() {
        assertThat(ids.feed("/en/section/politics/")).isEqualTo("tag:news.example.com,2024:feed:/en/section/politics/");
    }

    @Test
    void article_refusesAMissingExternalId() {
        assertThatThrownBy(() -> ids.article("")).hasMessage("a story id needs an external id, got ''");
    }
}

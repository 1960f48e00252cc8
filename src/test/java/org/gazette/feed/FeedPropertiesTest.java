package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedPropertiesTest {

    @Test
    void defaults_fullTextAndNoHub() {
        FeedProperties properties = new FeedProperties(null, 20, " ", "", Duration.ofSeconds(60));
        assertThat(properties.content()).isEqualTo(FeedProperties.Content.FULL);
        assertThat(properties.idAuthority()).isNull();
        assertThat(properties.websubHub()).isNull();
    }

    @Test
    void items_outOfRangeNamesTheSettingAndTheValue() {
        assertThatThrownBy(() -> new FeedProperties(null, 0, null, null, Duration.ZERO))
                .hasMessage("gazette.feeds.items (GAZETTE_FEED_ITEMS) must be between 1 and 100, got 0");
        assertThatThrownBy(() -> new FeedProperties(null, 101, null, null, Duration.ZERO))
                .hasMessageEndingWith("got 101");
    }

    @Test
    void idAuthority_mustBeADomainName() {
        assertThatThrownBy(() -> new FeedProperties(null, 20, "http://x/", null, Duration.ZERO))
                .hasMessage("gazette.feeds.id-authority (GAZETTE_FEED_ID_AUTHORITY) must be a domain name such as "
                        + "news.example.com, got 'http://x/'");
    }

    @Test
    void websubHub_mustBeAnHttpUrl() {
        assertThatThrownBy(() -> new FeedProperties(null, 20, null, "ftp://hub", Duration.ZERO))
                .hasMessage("gazette.feeds.websub-hub (GAZETTE_WEBSUB_HUB) must be an absolute http(s) URL, "
                        + "got 'ftp://hub'");
    }

    @Test
    void limit_refusesOutOfRangeValuesWithTheValue() {
        assertThat(FeedController.limit(null, 20)).isEqualTo(20);
        assertThat(FeedController.limit(" 5 ", 20)).isEqualTo(5);
        assertThatThrownBy(() -> FeedController.limit("0", 20))
                .hasMessage("parameter 'limit' must be an integer from 1 to 100, got '0'");
        assertThatThrownBy(() -> FeedController.limit("many", 20))
                .hasMessage("parameter 'limit' must be an integer from 1 to 100, got 'many'");
    }
}

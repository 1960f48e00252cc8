package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every interface text exists in every language, with the same placeholders. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_ru.properties", "messages_az.properties"})
    void translationHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Properties english = load("messages.properties");
        Properties translation = load(bundle);
        assertThat(new TreeSet<>(translation.stringPropertyNames()))
                .as("keys of %s", bundle)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ru.properties", "messages_az.properties"})
    void everyTextIsFilledInAndParsesWithTheEnglishPlaceholders(String bundle) throws IOException {
        Properties english = load("messages.properties");
        Properties translation = load(bundle);
        for (String key : translation.stringPropertyNames()) {
            String text = translation.getProperty(key);
            assertThat(text).as("%s in %s", key, bundle).isNotBlank();
            assertThat(placeholders(text))
                    .as("placeholders of %s in %s", key, bundle)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> used = new TreeSet<>();
        int count = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
        for (int i = 0; i < count; i++) {
            if (pattern.contains("{" + i + "}")) {
                used.add(i);
            }
        }
        return used;
    }
}

package org.gazette.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.gazette.text.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site-wide settings, bound from {@code gazette.*} properties; application.properties maps the
 * contract's environment variables ({@code GAZETTE_DATA_DIR}, {@code GAZETTE_SITE_NAME}, ...) onto them.
 * Every value is checked at startup and a bad one stops the application with a message naming the
 * setting to fix.
 */
@ConfigurationProperties("gazette")
public record GazetteProperties(
        Path dataDir,
        Database db,
        String siteName,
        URI baseUrl,
        List<String> languages,
        @DefaultValue("true") boolean demoContent,
        @DefaultValue("UTC") String timeZone,
        @DefaultValue("20") int pageSize) {

    /**
     * Where the articles live; a blank URL means the SQLite file in the data directory. {@code replicaUrl}:
     * a PostgreSQL streaming replica of it for readers' queries, or blank.
     */
    public record Database(String url, String user, String password, String replicaUrl) {
        public Database {
            url = url == null ? "" : url.strip();
            replicaUrl = replicaUrl == null ? "" : replicaUrl.strip();
        }

        public boolean embedded() {
            return url.isEmpty() || url.startsWith("jdbc:sqlite:");
        }
    }

    public GazetteProperties {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "gazette.data-dir (GAZETTE_DATA_DIR) must be set to a writable directory");
        }
        db = db == null ? new Database("", null, null, "") : db;
        siteName = siteName == null || siteName.isBlank() ? "Gazette" : siteName.strip();
        if (baseUrl == null) {
            baseUrl = URI.create("http://localhost:8080");
        }
        if (!baseUrl.isAbsolute() || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new IllegalArgumentException(
                    "gazette.base-url (GAZETTE_BASE_URL) must be an absolute http(s) URL, got '" + baseUrl + "'");
        }
        String base = baseUrl.toString();
        baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (languages == null || languages.isEmpty()) {
            languages = List.of("en", "ru", "az");
        }
        languages = languages.stream()
                .map(code -> code.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        for (String code : languages) {
            if (!Language.SUPPORTED.contains(code)) {
                throw new IllegalArgumentException("gazette.languages (GAZETTE_LANGUAGES) lists '" + code
                        + "', which Gazette does not support; choose from " + String.join(",", Language.SUPPORTED));
            }
        }
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "gazette.time-zone (GAZETTE_TIME_ZONE) must be a zone id such as UTC or Asia/Baku, got '" + timeZone
                            + "'");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("gazette.page-size must be between 1 and 100, got " + pageSize);
        }
    }

    /** The language of {@code /} and of pages that do not name one. */
    public Language defaultLanguage() {
        return Language.of(languages.get(0));
    }

    public List<Language> siteLanguages() {
        return languages.stream().map(Language::of).toList();
    }

    public boolean serves(String code) {
        return languages.contains(code);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** An absolute URL for a site path such as {@code /en/news/slug}. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}

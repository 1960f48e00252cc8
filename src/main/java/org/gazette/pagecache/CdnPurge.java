package org.gazette.pagecache;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells each configured CDN which surrogate keys to purge after a change ({@code GAZETTE_CDN_PURGE_URLS};
 * none by default). A URL template with {@code {key}} gets one call per key; one with {@code {keys}} (or
 * neither) gets one call for all of them. Every call carries the keys in a {@code Surrogate-Key} header
 * and as a JSON body {@code {"tags":[...]}}, which covers the common CDN APIs; a bearer token is added
 * when configured. Calls run on a thread of their own, so a slow CDN never holds up the editor who
 * published, and a failed call is logged (pages still expire after {@code s-maxage}).
 */
@Component
class CdnPurge implements PageInvalidation, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CdnPurge.class);

    private final List<String> templates;
    private final String method;
    private final String token;
    private final HttpClient http;
    private final ExecutorService sender;

    CdnPurge(PageCacheProperties properties) {
        this.templates =
                properties.purgeUrls().stream().filter(url -> !url.isBlank()).toList();
        this.method = properties.purgeMethod();
        this.token =
                properties.purgeToken() == null || properties.purgeToken().isBlank() ? null : properties.purgeToken();
        this.http = templates.isEmpty()
                ? null
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.sender = templates.isEmpty()
                ? null
                : Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "cdn-purge");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public boolean perNode() {
        return false;
    }

    @Override
    public boolean active() {
        return !templates.isEmpty();
    }

    @Override
    public void invalidate(Set<String> surrogateKeys) {
        if (templates.isEmpty() || surrogateKeys.isEmpty()) {
            return;
        }
        List<String> keys = List.copyOf(surrogateKeys);
        sender.execute(() -> {
            for (String template : templates) {
                if (template.contains("{key}")) {
                    keys.forEach(key -> send(template.replace("{key}", encoded(key)), List.of(key)));
                } else {
                    send(template.replace("{keys}", encoded(String.join(" ", keys))), keys);
                }
            }
        });
    }

    private void send(String url, List<String> keys) {
        String json = keys.stream().map(key -> "\"" + key + "\"").collect(Collectors.joining(",", "{\"tags\":[", "]}"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Surrogate-Key", String.join(" ", keys))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                log.warn("CDN purge {} {} answered {}", method, url, response.statusCode());
            }
        } catch (java.io.IOException e) {
            log.warn("CDN purge {} {} failed: {}", method, url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void destroy() {
        if (sender != null) {
            sender.shutdown();
        }
    }
}

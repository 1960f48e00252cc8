package org.gazette.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One conditional GET of a feed, with every limit a poller needs against a slow, broken or hostile
 * source: a connect timeout, a deadline for the whole answer, a size limit enforced while reading, a
 * bounded number of redirects followed by hand (each target checked by the {@link AddressGuard}),
 * and {@code If-None-Match} / {@code If-Modified-Since} so an unchanged feed costs a 304.
 */
public class FeedFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration readTimeout;
    private final int maxBytes;
    private final int maxRedirects;

    public FeedFetcher(
            AddressGuard guard, Duration connectTimeout, Duration readTimeout, int maxBytes, int maxRedirects) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.guard = guard;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
    }

    /** Fetches {@code url}, sending the validators of the last answer when there are any. */
    public FetchResult fetch(String url, String etag, String lastModified) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw new FetchException("not a valid URL: " + ItemText.clip(url), false);
        }
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(readTimeout)
                    .header("User-Agent", "Gazette wire desk")
                    .header(
                            "Accept",
                            "application/rss+xml, application/atom+xml, application/vnd.iptc.g2.newsitem+xml,"
                                    + " application/ninjs+json, application/xml, application/json;q=0.9, */*;q=0.5");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<byte[]> response = send(request.build());
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException("HTTP " + status + " without a Location", false);
                }
                if (hop >= maxRedirects) {
                    throw new FetchException("more than " + maxRedirects + " redirects", false);
                }
                try {
                    uri = uri.resolve(new URI(location.strip()));
                } catch (Exception e) {
                    throw new FetchException("redirected to an invalid URL: " + ItemText.clip(location), false);
                }
                continue;
            }
            if (status == 304) {
                return new FetchResult(null, etag, lastModified);
            }
            if (status >= 500 || status == 429 || status == 408) {
                throw new FetchException("the source answered HTTP " + status, true);
            }
            if (status < 200 || status > 299) {
                throw new FetchException("the source answered HTTP " + status, false);
            }
            return new FetchResult(
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(
                request,
                info -> new LimitedBody(
                        info.statusCode() >= 200 && info.statusCode() <= 299 ? maxBytes : 0,
                        info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return answer.get(readTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new FetchException("no complete answer within " + readTimeout.toMillis() + " ms", true);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchException fetch) {
                throw fetch;
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new FetchException("could not connect within the connect timeout", true);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FetchException("no answer within " + readTimeout.toMillis() + " ms", true);
            }
            if (cause instanceof ConnectException) {
                throw new FetchException("connection refused", true);
            }
            if (cause instanceof IOException io && io.getCause() instanceof FetchException fetch) {
                throw fetch;
            }
            throw new FetchException("the connection failed: " + ItemText.clip(String.valueOf(cause)), true);
        }
    }

    /** Collects a body up to a limit and gives up (cancelling the download) as soon as it is passed. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(int limit, long declared) {
            this.limit = limit;
            this.declared = declared;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (limit > 0 && declared > limit) {
                subscription.cancel();
                result.completeExceptionally(tooLarge());
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (limit == 0) {
                    continue; // an error or redirect body is read and dropped
                }
                if (out.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        private FetchException tooLarge() {
            return new FetchException("the document is larger than the limit of " + limit + " bytes", false);
        }
    }
}

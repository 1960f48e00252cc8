package org.gazette.system;

import io.micrometer.common.KeyValues;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.http.server.observation.ServerRequestObservationConvention;

/**
 * Adds the {@link RouteFamily} of each request as the tag {@code route} of {@code http.server.requests}
 * ({@code http_server_requests_seconds} in Prometheus), beside Spring's {@code uri}, {@code method},
 * {@code status} and {@code outcome}. Requests answered from the page cache are counted too: the
 * metrics' filter runs before it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestMetrics {

    @Bean
    ServerRequestObservationConvention routeTaggedRequests() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
                return super.getLowCardinalityKeyValues(context)
                        .and(
                                "route",
                                RouteFamily.of(context.getCarrier().getRequestURI())
                                        .tag());
            }
        };
    }
}

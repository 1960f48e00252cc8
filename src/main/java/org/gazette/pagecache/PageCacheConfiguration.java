package org.gazette.pagecache;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the page cache in front of the security chain: Spring Security's filter runs at order -100, so
 * a kept page is written before it and before Spring MVC. The request context is set up just before
 * (order -105), which renders need.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageCacheConfiguration {

    static final int ORDER = -101;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache, PageCacheProperties properties, PageViews views) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, properties, views));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ImmutableAssets> immutableAssets() {
        FilterRegistrationBean<ImmutableAssets> registration = new FilterRegistrationBean<>(new ImmutableAssets());
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/assets/*");
        return registration;
    }
}

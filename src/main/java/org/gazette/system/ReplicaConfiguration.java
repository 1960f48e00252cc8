package org.gazette.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With a read replica configured, the filter that sends anonymous readers' queries to it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnExpression("!'${gazette.db.replica-url:}'.isBlank()")
class ReplicaConfiguration {

    @Bean
    FilterRegistrationBean<ReaderRequests> readerRequests(
            @Value("${server.servlet.session.cookie.name:GAZETTE_SESSION}") String sessionCookie) {
        FilterRegistrationBean<ReaderRequests> registration =
                new FilterRegistrationBean<>(new ReaderRequests(sessionCookie));
        registration.setOrder(ReaderRequests.ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

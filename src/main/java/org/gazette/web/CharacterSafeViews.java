package org.gazette.web;

import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * The jte views of every HTML page, as jte's Spring Boot starter makes them, but writing through
 * {@link CharacterSafeOutput}: the starter steps back when an application declares its own resolver.
 */
@Configuration(proxyBeanMethods = false)
class CharacterSafeViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
        return new Resolver(templateEngine, properties);
    }

    private static final class Resolver extends JteViewResolver {

        private final TemplateEngine templateEngine;

        Resolver(TemplateEngine templateEngine, JteProperties properties) {
            super(templateEngine, properties);
            this.templateEngine = templateEngine;
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new View(templateEngine);
        }
    }

    private static final class View extends JteView {

        private final TemplateEngine templateEngine;

        View(TemplateEngine templateEngine) {
            super(templateEngine);
            this.templateEngine = templateEngine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            templateEngine.render(
                    getUrl(), model, new CharacterSafeOutput(new PrintWriterOutput(response.getWriter())));
        }
    }
}

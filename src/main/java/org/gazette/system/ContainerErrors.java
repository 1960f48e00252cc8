package org.gazette.system;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What Tomcat answers itself, for a request it refuses before the application sees it: an address
 * holding an encoded NUL ({@code /api/v1/articles/%00}) or otherwise unreadable. Its report page would
 * be HTML everywhere; under {@code /api/} it is a problem detail instead, as every other API error.
 * Elsewhere the report stays Tomcat's short HTML page, without stack trace or server version.
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrors {

    /** The detail of a 400 for an address that cannot be read, wherever it is answered. */
    public static final String UNREADABLE_ADDRESS =
            "the request's address cannot be read: it holds a character that is not allowed there"
                    + " (such as an encoded NUL or slash) or percent-encoding that is not UTF-8";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            // once the host has started, every report valve it was given (Tomcat's, Spring Boot's) is
            // known, and each would answer before any valve added earlier: replace them all by ours
            host.addLifecycleListener(event -> {
                if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReports)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemReports());
                }
            });
        });
    }

    /** Tomcat's error report, as a problem detail under {@code /api/}. */
    static final class ProblemReports extends ErrorReportValve {

        ProblemReports() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            if (uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = status == 400 ? UNREADABLE_ADDRESS : title;
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    // title and detail are fixed texts without quotes or backslashes: nothing to escape
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone, or the response cannot take a body: nothing more to tell
            }
        }
    }
}

package org.gazette.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks fingerprinted assets ({@code /assets/site-3f2a….css}) {@code immutable}: their URL changes with
 * their content, so a browser need not even revalidate them when a reader reloads the page. Spring's
 * resource handling sets the year-long {@code max-age} (application.properties) but has no setting for
 * {@code immutable}; the unversioned paths keep the plain header.
 */
class ImmutableAssets extends OncePerRequestFilter {

    private static final Pattern FINGERPRINTED = Pattern.compile("/assets/.+-[0-9a-f]{32}\\.[a-z0-9]+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/assets/") || !FINGERPRINTED.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, immutable(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, immutable(name, value));
            }
        });
    }

    private static String immutable(String name, String value) {
        if ("Cache-Control".equalsIgnoreCase(name)
                && value != null
                && value.contains("max-age=")
                && !value.contains("immutable")) {
            return value + ", immutable";
        }
        return value;
    }
}

package org.gazette.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the requests of anonymous readers, whose queries a read replica may answer
 * ({@link ReplicaRouting}): a GET or HEAD outside the newsroom and the actuator, from a client without a
 * session cookie. A signed-in editor reads the primary, so they see their own changes at once, and
 * every write goes to the primary. The mark is lifted before the session store saves anything.
 */
final class ReaderRequests extends OncePerRequestFilter {

    /** Runs inside the session filter, before the page cache and the security chain. */
    static final int ORDER = -110;

    private static final ThreadLocal<Boolean> READER = new ThreadLocal<>();

    private final String sessionCookie;

    ReaderRequests(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    static boolean inReaderRequest() {
        return Boolean.TRUE.equals(READER.get());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isReader(request)) {
            chain.doFilter(request, response);
            return;
        }
        READER.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            READER.remove();
        }
    }

    private boolean isReader(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/newsroom") || path.startsWith("/newsroom/") || path.startsWith("/actuator")) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (sessionCookie.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }
}

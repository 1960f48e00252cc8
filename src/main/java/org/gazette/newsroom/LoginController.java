package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST, failures and throttling. */
@Controller
class LoginController {

    private final NewsroomFrames frames;

    LoginController(NewsroomFrames frames) {
        this.frames = frames;
    }

    @GetMapping("/newsroom/login")
    String login(HttpServletRequest request, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/newsroom";
        }
        NewsroomFrame frame = frames.frame(null, request, "nr.login.title", "login");
        String message = null;
        String error = null;
        if (request.getParameter("error") != null) {
            error = frame.texts().get("nr.login.failed");
        } else if (request.getParameter("throttled") != null) {
            error = frame.texts().get("nr.login.throttled");
        } else if (request.getParameter("expired") != null) {
            message = frame.texts().get("nr.login.expired");
        } else if (request.getParameter("signedout") != null) {
            message = frame.texts().get("nr.login.signedOut");
        }
        model.addAttribute("page", new LoginPage(frame, message, error));
        return "newsroom/login";
    }
}

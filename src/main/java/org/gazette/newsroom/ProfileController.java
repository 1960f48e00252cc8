package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import org.gazette.account.AccountDetailsService;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.NewsroomUser;
import org.gazette.text.Language;
import org.gazette.web.Link;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/profile}: one's own name, interface language, password and API tokens. */
@Controller
class ProfileController {

    private static final String NEW_TOKEN = "newToken";

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AccountDetailsService details;
    private final NewsroomFrames frames;

    ProfileController(Accounts accounts, ApiTokens tokens, AccountDetailsService details, NewsroomFrames frames) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.details = details;
        this.frames = frames;
    }

    @GetMapping("/newsroom/profile")
    String profile(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.profile.title", "profile");
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        model.addAttribute(
                "page",
                new ProfilePage(
                        frame,
                        Language.SUPPORTED.stream()
                                .map(code -> new Link(code, frame.texts().languageName(Language.of(code))))
                                .toList(),
                        tokens.list(user.id()),
                        flash == null ? null : (String) flash.get(NEW_TOKEN)));
        return "newsroom/profile";
    }

    @PostMapping("/newsroom/profile")
    String update(
            @RequestParam String name,
            @RequestParam String uiLang,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            accounts.updateProfile(user, name, uiLang);
            refreshPrincipal(user, request);
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE,
                    frames.texts(details.reload(user.id()).orElse(user), request)
                            .get("nr.profile.saved"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/profile";
    }

    @PostMapping("/newsroom/profile/password")
    String password(
            @RequestParam String current,
            @RequestParam String password,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(user, current, password);
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.profile.passwordChanged"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/profile";
    }

    @PostMapping("/newsroom/profile/tokens")
    String createToken(
            @RequestParam String name,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            ApiTokens.NewToken token = tokens.create(user.id(), name, user);
            // shown once, on the next page only: a flash attribute lives for exactly one request
            redirect.addFlashAttribute(NEW_TOKEN, token.value());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.tokens.created"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/profile";
    }

    @PostMapping("/newsroom/profile/tokens/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(id, user);
        redirect.addFlashAttribute(
                revoked ? NewsroomFrames.NOTICE : NewsroomFrames.ERROR,
                frames.texts(user, request).get(revoked ? "nr.tokens.revoked" : "nr.tokens.notFound"));
        return "redirect:/newsroom/profile";
    }

    /** The session keeps the principal from sign-in; a changed name or language shows at once. */
    private void refreshPrincipal(NewsroomUser user, HttpServletRequest request) {
        details.reload(user.id()).ifPresent(fresh -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            request.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        });
    }
}

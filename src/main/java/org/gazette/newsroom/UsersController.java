package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.gazette.account.Accounts;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/users} (admins only): add users, change roles, disable, set a new password. */
@Controller
class UsersController {

    private final Accounts accounts;
    private final NewsroomFrames frames;

    UsersController(Accounts accounts, NewsroomFrames frames) {
        this.accounts = accounts;
        this.frames = frames;
    }

    @GetMapping("/newsroom/users")
    String users(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        model.addAttribute(
                "page",
                new UsersPage(
                        frames.frame(user, request, "nr.users.title", "users"),
                        accounts.all(),
                        Arrays.stream(Role.values()).map(Role::code).toList()));
        return "newsroom/users";
    }

    @PostMapping("/newsroom/users")
    String create(
            @RequestParam String email,
            @RequestParam String name,
            @RequestParam String role,
            @RequestParam String password,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(
                user,
                request,
                redirect,
                "nr.users.created",
                () -> accounts.create(email, name, Role.fromCode(role), password, user));
    }

    @PostMapping("/newsroom/users/{id}/role")
    String role(
            @PathVariable long id,
            @RequestParam String role,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(
                user,
                request,
                redirect,
                "nr.users.roleChanged",
                () -> accounts.changeRole(id, Role.fromCode(role), user));
    }

    @PostMapping("/newsroom/users/{id}/enabled")
    String enabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(
                user,
                request,
                redirect,
                enabled ? "nr.users.enabled" : "nr.users.disabled",
                () -> accounts.setEnabled(id, enabled, user));
    }

    @PostMapping("/newsroom/users/{id}/password")
    String password(
            @PathVariable long id,
            @RequestParam String password,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(user, request, redirect, "nr.users.passwordSet", () -> accounts.resetPassword(id, password, user));
    }

    private String act(
            NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect,
            String doneKey,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get(doneKey));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/users";
    }
}

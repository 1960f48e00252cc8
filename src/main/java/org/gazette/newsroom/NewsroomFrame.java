package org.gazette.newsroom;

import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.site.Assets;
import org.gazette.text.Language;
import org.gazette.web.Texts;

/**
 * What the newsroom layout needs around a page: the interface language and its texts, the signed-in
 * user (null on the sign-in page), the CSRF token every form sends back, the page title, which menu
 * entry is current, and a one-line notice or error carried over from the previous request.
 */
public record NewsroomFrame(
        Language lang,
        Texts texts,
        NewsroomUser user,
        String csrfParameter,
        String csrfToken,
        String title,
        String active,
        String notice,
        String error,
        Assets assets,
        String siteName) {

    public boolean can(String role) {
        return user != null && user.can(Role.fromCode(role));
    }

    public String documentTitle() {
        return title + " — " + texts.get("nr.name") + " — " + siteName;
    }

    public NewsroomFrame withError(String message) {
        return new NewsroomFrame(
                lang, texts, user, csrfParameter, csrfToken, title, active, notice, message, assets, siteName);
    }
}

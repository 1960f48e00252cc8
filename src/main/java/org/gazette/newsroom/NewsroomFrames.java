package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.gazette.account.NewsroomUser;
import org.gazette.site.FrameFactory;
import org.gazette.text.Language;
import org.gazette.web.Texts;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Starts the {@link NewsroomFrame} of a request: the user's interface language, CSRF token and notices. */
@Component
class NewsroomFrames {

    static final String NOTICE = "notice";
    static final String ERROR = "error";

    private final FrameFactory frames;

    NewsroomFrames(FrameFactory frames) {
        this.frames = frames;
    }

    NewsroomFrame frame(
            NewsroomUser user, HttpServletRequest request, String titleKey, String active, Object... titleArgs) {
        Language lang = language(user, request);
        Texts texts = frames.texts(lang);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String notice = flash == null ? null : (String) flash.get(NOTICE);
        String error = flash == null ? null : (String) flash.get(ERROR);
        return new NewsroomFrame(
                lang,
                texts,
                user,
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                texts.get(titleKey, titleArgs),
                active,
                notice,
                error,
                frames.assets(),
                frames.properties().siteName());
    }

    Texts texts(NewsroomUser user, HttpServletRequest request) {
        return frames.texts(language(user, request));
    }

    /** The user's chosen language; before sign-in, the browser's first supported one. */
    static Language language(NewsroomUser user, HttpServletRequest request) {
        if (user != null && Language.isSupported(user.uiLang())) {
            return Language.of(user.uiLang());
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String code =
                            range.getRange().length() >= 2 ? range.getRange().substring(0, 2) : "";
                    if (Language.isSupported(code)) {
                        return Language.of(code);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header is the browser's problem; English it is
            }
        }
        return Language.of("en");
    }
}

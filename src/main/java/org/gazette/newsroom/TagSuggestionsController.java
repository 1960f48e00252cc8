package org.gazette.newsroom;

import java.util.List;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Tag names for the editor's tag field to suggest as the writer types. A reporter is offered only tags
 * of public stories and of their own articles, never one used only on someone else's draft.
 */
@Controller
class TagSuggestionsController {

    private static final int SUGGESTIONS = 10;
    private static final int LONGEST_PREFIX = 100;

    private final NewsroomArticles newsroomArticles;

    TagSuggestionsController(NewsroomArticles newsroomArticles) {
        this.newsroomArticles = newsroomArticles;
    }

    @GetMapping(path = "/newsroom/tags", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<String>> tags(
            @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal NewsroomUser user) {
        if (q.isBlank() || q.length() > LONGEST_PREFIX) {
            return ResponseEntity.ok(List.of());
        }
        return ResponseEntity.ok(newsroomArticles.tagNames(q, SUGGESTIONS, user.can(Role.EDITOR) ? null : user.id()));
    }
}

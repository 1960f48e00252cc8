package org.gazette.newsroom;

import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.Article;
import org.gazette.article.ArticleStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which articles a user may see and change, beyond what their role lets them reach at all. Editors
 * and admins may open and edit every article. A reporter sees only the articles they wrote and edits
 * them only while they are drafts: once submitted, a story belongs to the desk.
 */
@Component
class ArticleAccess {

    boolean canView(NewsroomUser user, Article article) {
        return user.can(Role.EDITOR) || isOwner(user, article);
    }

    boolean canEdit(NewsroomUser user, Article article) {
        return user.can(Role.EDITOR) || (isOwner(user, article) && article.status() == ArticleStatus.DRAFT);
    }

    void requireView(NewsroomUser user, Article article) {
        if (!canView(user, article)) {
            throw new AccessDeniedException(user.email() + " may not open article " + article.id());
        }
    }

    void requireEdit(NewsroomUser user, Article article) {
        if (!canEdit(user, article)) {
            throw new AccessDeniedException(user.email() + " may not change article " + article.id() + " ("
                    + article.status().code() + ")");
        }
    }

    private static boolean isOwner(NewsroomUser user, Article article) {
        return article.createdBy() != null && article.createdBy() == user.id();
    }
}

package org.gazette.newsroom;

import java.time.Instant;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.Correction;
import org.gazette.article.NoSuchArticleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow with its rights: a reporter submits their own drafts for review; an editor
 * returns, schedules, publishes, unpublishes, deletes and corrects. Each move is written through
 * {@link ArticleStore} and into the audit log in one transaction: a move is logged exactly when it
 * happened.
 */
@Service
class Workflow {

    private final ArticleStore store;
    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final AuditLog audit;

    Workflow(ArticleStore store, ArticleRepository articles, ArticleAccess access, AuditLog audit) {
        this.store = store;
        this.articles = articles;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    void submit(long articleId, NewsroomUser user) {
        Article article = require(articleId);
        access.requireEdit(user, article);
        store.changeStatus(articleId, ArticleStatus.IN_REVIEW, null, user.actor());
        log(user, AuditLog.Action.ARTICLE_SUBMITTED, article, null);
    }

    @Transactional
    void returnToDraft(long articleId, NewsroomUser user) {
        Article article = requireEditor(articleId, user);
        store.changeStatus(articleId, ArticleStatus.DRAFT, null, user.actor());
        log(
                user,
                article.status() == ArticleStatus.SCHEDULED
                        ? AuditLog.Action.ARTICLE_UNSCHEDULED
                        : AuditLog.Action.ARTICLE_RETURNED,
                article,
                null);
    }

    @Transactional
    void schedule(long articleId, Instant at, NewsroomUser user) {
        Article article = requireEditor(articleId, user);
        store.changeStatus(articleId, ArticleStatus.SCHEDULED, at, user.actor());
        log(user, AuditLog.Action.ARTICLE_SCHEDULED, article, at.toString());
    }

    @Transactional
    void publish(long articleId, NewsroomUser user) {
        Article article = requireEditor(articleId, user);
        store.changeStatus(articleId, ArticleStatus.PUBLISHED, null, user.actor());
        log(user, AuditLog.Action.ARTICLE_PUBLISHED, article, null);
    }

    @Transactional
    void unpublish(long articleId, NewsroomUser user) {
        Article article = requireEditor(articleId, user);
        store.changeStatus(articleId, ArticleStatus.UNPUBLISHED, null, user.actor());
        log(user, AuditLog.Action.ARTICLE_UNPUBLISHED, article, null);
    }

    @Transactional
    void delete(long articleId, NewsroomUser user) {
        Article article = requireEditor(articleId, user);
        store.delete(articleId, user.actor());
        log(user, AuditLog.Action.ARTICLE_DELETED, article, article.headline());
    }

    @Transactional
    void correct(long articleId, Correction.Kind kind, String note, NewsroomUser user) {
        Article article = requireEditor(articleId, user);
        store.addCorrection(articleId, kind, note, user.actor());
        log(user, AuditLog.Action.ARTICLE_CORRECTED, article, kind.code());
    }

    private Article require(long articleId) {
        return articles.findById(articleId).orElseThrow(() -> new NoSuchArticleException(articleId));
    }

    private Article requireEditor(long articleId, NewsroomUser user) {
        if (!user.can(Role.EDITOR)) {
            throw new AccessDeniedException(
                    user.email() + " is a " + user.role().code() + "; only editors may do this");
        }
        return require(articleId);
    }

    private void log(NewsroomUser user, AuditLog.Action action, Article article, String detail) {
        audit.record(user, action, article.externalId() + " (" + article.lang().code() + ")", detail);
    }
}

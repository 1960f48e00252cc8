package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleStatusTest {

    @Test
    void workflowRunsFromDraftThroughReviewToPublication() {
        assertThat(ArticleStatus.DRAFT.canMoveTo(ArticleStatus.IN_REVIEW)).isTrue();
        assertThat(ArticleStatus.IN_REVIEW.canMoveTo(ArticleStatus.SCHEDULED)).isTrue();
        assertThat(ArticleStatus.IN_REVIEW.canMoveTo(ArticleStatus.PUBLISHED)).isTrue();
        assertThat(ArticleStatus.SCHEDULED.canMoveTo(ArticleStatus.PUBLISHED)).isTrue();
        assertThat(ArticleStatus.PUBLISHED.canMoveTo(ArticleStatus.UNPUBLISHED)).isTrue();
    }

    @Test
    void publishedStoryCannotSlipBackSilently() {
        assertThat(ArticleStatus.PUBLISHED.canMoveTo(ArticleStatus.DRAFT)).isFalse();
        assertThat(ArticleStatus.PUBLISHED.canMoveTo(ArticleStatus.SCHEDULED)).isFalse();
        assertThat(ArticleStatus.PUBLISHED.canMoveTo(ArticleStatus.PUBLISHED)).isFalse();
        assertThat(ArticleStatus.UNPUBLISHED.canMoveTo(ArticleStatus.IN_REVIEW)).isFalse();
        assertThat(ArticleStatus.DRAFT.canMoveTo(ArticleStatus.UNPUBLISHED)).isFalse();
    }
}

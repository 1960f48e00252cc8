package org.gazette.newsroom;

import java.util.List;

/**
 * Shown instead of saving when someone else saved the article after the editor opened it: the stored
 * version and the editor's own, side by side with their differences, and the editor's text in a form
 * ready to save again over the new version once they have merged by hand. Nothing is lost.
 */
public record ConflictPage(
        NewsroomFrame frame,
        long articleId,
        String theirActor,
        String theirTime,
        int currentVersion,
        ArticleForm mine,
        ArticleForm theirs,
        List<DiffLine> diff,
        EditorPage editor) {}

package org.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermKindTest {

    @Test
    void pluralNamesTheNewsroomPathAndSingularTheReaderPath() {
        assertThat(TermKind.fromPlural("tags")).contains(TermKind.TAG);
        assertThat(TermKind.fromPlural("sources")).contains(TermKind.SOURCE);
        assertThat(TermKind.AUTHOR.code()).isEqualTo("author");
        assertThat(TermKind.SECTION.plural()).isEqualTo("sections");
    }

    @Test
    void fromPlural_unknownKind_isEmpty() {
        assertThat(TermKind.fromPlural("genres")).isEmpty();
        assertThat(TermKind.fromPlural("tag")).isEmpty();
    }

    @Test
    void tagsAndAuthorsAreJoinedWhileSectionsAndSourcesAreAColumnOfTheArticle() {
        assertThat(TermKind.TAG.linkTable()).isEqualTo("article_tags");
        assertThat(TermKind.AUTHOR.articleColumn()).isEqualTo("article_id");
        assertThat(TermKind.SOURCE.linkTable()).isEqualTo("articles");
        assertThat(TermKind.SECTION.articleColumn()).isEqualTo("id");
        assertThat(TermKind.SECTION.linkColumn()).isEqualTo("section_id");
    }
}

package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Tag;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GazetteIntegrationTest
class ArticleRepositoryIT {

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Test
    void findAllReturnsTheArticlesInTheOrderAskedWithTheirOwnTermsAndSkipsMissingIds() throws IOException {
        TestArticle first = TestArticle.story("find-all")
                .with("section", "Find all desk")
                .with("tags", List.of("Find all one", "Find all two"))
                .with("authors", List.of("Ada Finder"));
        TestArticle second = TestArticle.story("find-all")
                .with("lang", "ru")
                .with("tags", List.of("Find all three"))
                .with("source", "Find All Agency");
        TestArticle third = TestArticle.story("find-all");
        importer.importLines(TestArticle.lines(first, second, third), new Quiet().stream());
        long a = articles.findByExternalId(first.id()).orElseThrow().id();
        long b = articles.findByExternalId(second.id()).orElseThrow().id();
        long c = articles.findByExternalId(third.id()).orElseThrow().id();

        List<Article> found = articles.findAll(List.of(c, Long.MAX_VALUE, a, b, a));

        assertThat(found).extracting(Article::id).containsExactly(c, a, b);
        assertThat(found).extracting(Article::externalId).containsExactly(third.id(), first.id(), second.id());
        Article withTerms = found.get(1);
        assertThat(withTerms.tags()).extracting(Tag::name).containsExactly("Find all one", "Find all two");
        assertThat(withTerms.authors()).extracting(Author::name).containsExactly("Ada Finder");
        assertThat(withTerms.section().name()).isEqualTo("Find all desk");
        assertThat(withTerms.bodyHtml()).contains("First paragraph of story");
        Article russian = found.get(2);
        assertThat(russian.lang()).isEqualTo(Language.of("ru"));
        assertThat(russian.tags()).extracting(Tag::name).containsExactly("Find all three");
        assertThat(russian.authors()).isEmpty();
        assertThat(russian.source().name()).isEqualTo("Find All Agency");
        assertThat(found.get(0).tags()).isEmpty();
        assertThat(found)
                .containsExactly(
                        articles.findById(c).orElseThrow(),
                        articles.findById(a).orElseThrow(),
                        articles.findById(b).orElseThrow());
    }

    @Test
    void findAllOfNoIdsIsEmpty() {
        assertThat(articles.findAll(new ArrayList<>())).isEmpty();
    }
}

package org.gazette.cluster;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.article.ArticleRepository;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;

/**
 * {@code cluster}: places every story in its story cluster again, from its text as stored. Stories are
 * placed as they change, so this is for a database written before clusters existed, or after the
 * thresholds changed; it also measures what placing a story costs at the database's size.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "cluster",
        description =
                "Place every published story in its story cluster again (after an upgrade; the site may keep serving).")
class ClusterCommand implements Callable<Integer> {

    private static final int CHUNK = 200;

    private final ArticleRepository articles;
    private final StoryClusterer clusterer;
    private final StoryClusters clusters;
    private final TransactionTemplate transactions;

    ClusterCommand(
            ArticleRepository articles,
            StoryClusterer clusterer,
            StoryClusters clusters,
            TransactionTemplate transactions) {
        this.articles = articles;
        this.clusterer = clusterer;
        this.clusters = clusters;
        this.transactions = transactions;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long placing = 0;
        long count = 0;
        long after = 0;
        while (true) {
            List<Long> ids = articles.idsAfter(after, CHUNK);
            if (ids.isEmpty()) {
                break;
            }
            long[] spent = new long[1];
            transactions.executeWithoutResult(status -> {
                for (long id : ids) {
                    long start = System.nanoTime();
                    clusterer.place(id, true);
                    spent[0] += System.nanoTime() - start;
                }
            });
            placing += spent[0];
            count += ids.size();
            after = ids.get(ids.size() - 1);
            if (count % 10_000 < CHUNK) {
                System.out.println(
                        String.format(Locale.ROOT, "%,d stories, %.2f ms each so far", count, placing / 1e6 / count));
            }
        }
        System.out.println(String.format(
                Locale.ROOT,
                "placed %,d stories in %.1f s (%.2f ms per story placing it); %,d clusters",
                count,
                (System.nanoTime() - started) / 1e9,
                count == 0 ? 0 : placing / 1e6 / count,
                clusters.count()));
        return 0;
    }
}

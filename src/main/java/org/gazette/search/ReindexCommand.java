package org.gazette.search;

import java.util.concurrent.Callable;
import org.gazette.system.GazetteProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code reindex}: rebuilds the search index from the database while the site keeps serving. The new
 * index is built in a generation directory of its own and made current when complete; a running site
 * switches to it within a second or two and catches up on what changed meanwhile. A failure exits
 * non-zero with a one-line reason; a run killed outright is reported by the next one.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "reindex", description = "Rebuild the search index from the database (the site keeps serving).")
class ReindexCommand implements Callable<Integer> {

    private final GazetteProperties properties;
    private final IndexBuilder builder;

    ReindexCommand(GazetteProperties properties, IndexBuilder builder) {
        this.properties = properties;
        this.builder = builder;
    }

    @Override
    public Integer call() throws Exception {
        IndexGenerations generations = new IndexGenerations(properties.dataDir().resolve("search"));
        generations.abandoned().forEach((generation, pid) -> {
            // killed outright, an earlier run could not say so itself (see CommandLineInterface)
            System.err.println("gazette: an earlier reindex (process " + pid + ") stopped before finishing "
                    + generation + ", killed perhaps for want of memory; removing what it left");
            generations.delete(generation);
        });
        IndexBuilder.Report report = builder.rebuild(generations, System.out);
        System.out.println(report.summary());
        System.out.println("a running site switches to " + report.generation() + " within seconds; "
                + "otherwise it opens it on its next start");
        return 0;
    }
}

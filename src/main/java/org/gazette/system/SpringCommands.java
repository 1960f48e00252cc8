package org.gazette.system;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/**
 * picocli's factory for running a command: commands are (prototype) beans of the started application,
 * so they get their collaborators by constructor injection; picocli's own classes and the root come
 * from picocli's default factory.
 */
final class SpringCommands implements CommandLine.IFactory {

    private final ApplicationContext context;

    SpringCommands(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (context.getBeanNamesForType(type).length > 0) {
            return context.getBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}

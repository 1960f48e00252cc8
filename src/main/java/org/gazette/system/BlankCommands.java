package org.gazette.system;

import org.springframework.objenesis.SpringObjenesis;
import picocli.CommandLine;

/**
 * Makes command objects for checking the arguments only: picocli fills a command's option fields while
 * it parses, so it needs an instance, but the real one is a Spring bean whose collaborators exist only
 * once the application has started. A blank instance (no constructor run) holds the options and is
 * thrown away; nothing ever calls it.
 */
final class BlankCommands implements CommandLine.IFactory {

    private final SpringObjenesis objenesis = new SpringObjenesis();

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getPackageName().startsWith(CommandLine.class.getPackageName())
                || type == CommandLineInterface.Root.class) {
            return CommandLine.defaultFactory().create(type);
        }
        return objenesis.newInstance(type);
    }
}

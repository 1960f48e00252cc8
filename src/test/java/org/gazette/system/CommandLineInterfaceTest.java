package org.gazette.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class CommandLineInterfaceTest {

    @Test
    void anyFirstWordIsACommandWhileSpringPropertiesServeTheSite() {
        assertThat(CommandLineInterface.isCommand(new String[] {"improt", "file.jsonl"}))
                .isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {"import", "file.jsonl"}))
                .isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {"-x"})).isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {"--help"})).isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {"--version"})).isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {})).isFalse();
        assertThat(CommandLineInterface.isCommand(new String[] {"--server.port=9090"}))
                .isFalse();
        assertThat(CommandLineInterface.isCommand(new String[] {"--gazette.site-name=Daily", "--debug"}))
                .isFalse();
    }

    @Test
    void theCommandsAreFoundOnTheClassPathWithoutStartingTheApplication() {
        List<String> names = CommandClasses.in("org.gazette").stream()
                .map(command -> command.getAnnotation(Command.class).name())
                .toList();

        assertThat(names)
                .contains("import", "reindex", "cluster", "create-admin", "create-token")
                .doesNotContain("java -jar gazette.jar")
                .doesNotHaveDuplicates();
    }
}

package org.gazette;

import org.gazette.system.CommandLineInterface;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Gazette's entry point: with a command name as the first argument it runs that command and exits
 * (see {@link CommandLineInterface}); otherwise it serves the site.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GazetteApplication {

    public static void main(String[] args) {
        if (CommandLineInterface.isCommand(args)) {
            System.exit(CommandLineInterface.run(GazetteApplication.class, args));
        }
        SpringApplication.run(GazetteApplication.class, args);
    }
}

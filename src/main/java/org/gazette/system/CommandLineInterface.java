package org.gazette.system;

import java.io.PrintWriter;
import java.util.Set;
import org.gazette.GazetteApplication;
import org.gazette.account.CreateAdminCommand;
import org.gazette.account.CreateTokenCommand;
import org.gazette.ingest.ImportCommand;
import org.gazette.search.ReindexCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code java -jar gazette.jar COMMAND ...} commands of the contract. Each runs against the same
 * configuration as the site (data directory, database), without a web server or background jobs,
 * exits 0 on success and otherwise prints a one-line reason and exits non-zero.
 */
public final class CommandLineInterface {

    private static final Set<String> COMMANDS = Set.of("import", "reindex", "create-admin", "create-token", "help",
            "--help", "-h");

    private CommandLineInterface() {
    }

    @Command(name = "java -jar gazette.jar", mixinStandardHelpOptions = true,
            description = "Gazette: run with no command to serve the site.",
            subcommands = {ImportCommand.class, ReindexCommand.class, CreateAdminCommand.class,
                CreateTokenCommand.class, CommandLine.HelpCommand.class})
    static final class Root implements Runnable {
        @Override
        public void run() {
            new CommandLine(this).usage(System.out);
        }
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new Root());
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("gazette: " + e.getMessage() + " (try: java -jar gazette.jar " + e.getCommandLine().getCommandName()
                    + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gazette: " + oneLine(e));
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // errors pass picocli's handler by; without this a command out of memory could end with a
            // stack trace on another thread, or not end at all, instead of a reason and a non-zero exit
            System.err.println("gazette: out of memory (" + e.getMessage() + "); give Java more with -Xmx, "
                    + "e.g. java -Xmx2g -jar gazette.jar " + String.join(" ", args));
            return 3;
        } catch (RuntimeException | Error e) {
            System.err.println("gazette: " + oneLine(e));
            return 1;
        }
    }

    /** Starts the application without a web server or background jobs, for one command. */
    public static ConfigurableApplicationContext startContext() {
        // passed as command-line arguments, which outrank application.properties and the environment:
        // a command must never load demo content or start background jobs, whatever the site's settings
        return new SpringApplicationBuilder(GazetteApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--gazette.background-jobs=false", "--gazette.demo-content=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.org.springframework.boot.autoconfigure=ERROR");
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

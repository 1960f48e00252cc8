package org.gazette.system;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code java -jar gazette.jar COMMAND ...} commands of the contract. Each runs against the same
 * configuration as the site (data directory, database), without a web server or background jobs,
 * exits 0 on success and otherwise prints a one-line reason and exits non-zero.
 *
 * <p>The commands are Spring beans annotated with picocli's {@link Command}, found on the class path
 * ({@link CommandClasses}); this class knows none of them and they know nothing of it. The arguments are
 * checked before anything starts: a misspelt command or an unknown option prints the usage and exits 2
 * without starting the application, so it creates no data directory and touches no database.
 */
public final class CommandLineInterface {

    /** Exit code of a command line that does not parse (picocli's usage error). */
    public static final int USAGE_ERROR = 2;

    private CommandLineInterface() {}

    @Command(
            name = "java -jar gazette.jar",
            mixinStandardHelpOptions = true,
            description = "Gazette: run with no command to serve the site.")
    static final class Root {}

    /**
     * Whether the arguments ask for a command rather than the site: any first word does, so that a
     * misspelt command is refused instead of serving; {@code --name=value} arguments are Spring
     * properties for the site, apart from the help and version options.
     */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("--") || first.equals("--help") || first.equals("--version");
    }

    /**
     * Runs the command the arguments name and returns its exit code.
     *
     * @param application the Spring Boot application class, started (without a web server) only once the
     *                    arguments have parsed
     */
    public static int run(Class<?> application, String[] args) {
        List<Class<?>> commands = CommandClasses.in(application.getPackageName());
        CommandLine check = commandLine(commands, new BlankCommands());
        ParseResult parsed;
        try {
            parsed = check.parseArgs(args);
        } catch (ParameterException e) {
            return usageError(e);
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        if (!parsed.hasSubcommand()) {
            check.usage(check.getOut());
            return 0;
        }
        try (ConfigurableApplicationContext context = start(application)) {
            CommandLine cli = commandLine(commands, new SpringCommands(context));
            cli.setParameterExceptionHandler((e, arguments) -> usageError(e));
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                commandLine.getErr().println("gazette: " + oneLine(e));
                return 1;
            });
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

    private static CommandLine commandLine(List<Class<?>> commands, CommandLine.IFactory factory) {
        CommandLine root = new CommandLine(Root.class, factory);
        commands.stream()
                .sorted(Comparator.comparing(
                        command -> command.getAnnotation(Command.class).name()))
                .forEach(command -> root.addSubcommand(new CommandLine(command, factory)));
        root.addSubcommand(new CommandLine(CommandLine.HelpCommand.class, factory));
        return root;
    }

    /** The reason on one line, as every failure of a command reads, then the usage of the command concerned. */
    private static int usageError(ParameterException e) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        // the qualified name starts with the root's, "java -jar gazette.jar"
        err.println("gazette: " + e.getMessage() + " (try: "
                + commandLine.getCommandSpec().qualifiedName() + " --help)");
        err.println();
        commandLine.usage(err);
        return USAGE_ERROR;
    }

    /** Starts the application without a web server or background jobs, for one command. */
    private static ConfigurableApplicationContext start(Class<?> application) {
        // passed as command-line arguments, which outrank application.properties and the environment:
        // a command must never load demo content or start background jobs, whatever the site's settings
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        "--gazette.background-jobs=false",
                        "--gazette.demo-content=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
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

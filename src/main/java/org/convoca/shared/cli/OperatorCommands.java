package org.convoca.shared.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Convoca without its web server to run one operator command, then exits with its code.
 */
public final class OperatorCommands {

    private OperatorCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        // Scripts parse what a command prints, so the command alone writes to standard output; anything else
        // printed while Spring starts or stops (a warning in the log) goes to standard error.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "logging.level.org.convoca=WARN")
                .run(configurationOnly(args))) {
            return dispatch(context.getBeansOfType(OperatorCommand.class).values().stream().toList(),
                    positional(args), stdout);
        }
    }

    static int dispatch(List<OperatorCommand> commands, List<String> args, PrintStream out) {
        String line = String.join(" ", args);
        return commands.stream()
                .filter(c -> line.equals(c.name()) || line.startsWith(c.name() + " "))
                .max(Comparator.comparingInt(c -> c.name().length()))
                .map(c -> c.run(args.subList(c.name().split(" ").length, args.size()), out, System.err))
                .orElseGet(() -> {
                    System.err.println("Unknown command: " + line);
                    System.err.println("Commands:");
                    commands.stream().map(OperatorCommand::usage).sorted()
                            .forEach(u -> System.err.println("  ./convoca " + u));
                    return 2;
                });
    }

    /** Spring reads {@code --spring.x=y} style arguments; the command's own arguments are kept apart. */
    private static String[] configurationOnly(String[] args) {
        // As an argument, not a default property, since application.properties turns the scheduler on: a command
        // must not pick up background jobs that would be left half-done when it exits.
        return java.util.stream.Stream.concat(Arrays.stream(args)
                .filter(a -> a.startsWith("--spring.") || a.startsWith("--convoca.")),
                java.util.stream.Stream.of("--db-scheduler.enabled=false")).toArray(String[]::new);
    }

    private static List<String> positional(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--spring.") && !a.startsWith("--convoca.")).toList();
    }
}

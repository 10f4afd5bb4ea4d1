package org.convoca.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command for operators and scripts, run as {@code ./convoca NAME ARGS...} against the same data as
 * the server. Modules contribute them as beans.
 */
public interface OperatorCommand {

    /** The words that select this command, such as {@code "workspace create"}. */
    String name();

    /** One line for the usage text. */
    String usage();

    /** Runs the command; the result is the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}

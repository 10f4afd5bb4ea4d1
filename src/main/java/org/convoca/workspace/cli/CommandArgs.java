package org.convoca.workspace.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value}, {@code --name=value} and plain words. */
record CommandArgs(List<String> positional, Map<String, String> options) {

    static CommandArgs parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    options.put(arg.substring(2, eq), arg.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    options.put(arg.substring(2), args.get(++i));
                } else {
                    options.put(arg.substring(2), "");
                }
            } else {
                positional.add(arg);
            }
        }
        return new CommandArgs(positional, options);
    }

    String option(String name) {
        return options.get(name);
    }
}

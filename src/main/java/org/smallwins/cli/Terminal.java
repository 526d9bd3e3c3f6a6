package org.smallwins.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command runs with besides its arguments: the environment, the standard streams and where the
 * language models come from. The jar runs with the process's own ({@link #system()}); the tests run the
 * same commands inside their JVM with piped streams, an environment of their own and the models they have
 * already loaded, so a command is tested without starting a JVM for it.
 *
 * @param environment the variables a command reads (SMALLWINS_DB, SMALLWINS_DB_KEY, TELEGRAM_BOT_TOKEN, ...)
 * @param in standard input
 * @param out standard output
 * @param err standard error: the one clear line a refusal gets
 * @param models loads the models, when a command needs them
 * @param interactive whether a person types at {@code in} (the terminal chat then shows a prompt)
 */
record Terminal(
        Map<String, String> environment,
        InputStream in,
        PrintStream out,
        PrintStream err,
        Supplier<Core> models,
        boolean interactive) {
    static Terminal system() {
        return new Terminal(System.getenv(), System.in, System.out, System.err, Core::load, System.console() != null);
    }

    /** The settings of a command run here: flags, then this environment, then config/smallwins.properties. */
    Settings settings() {
        return Settings.load(environment);
    }
}

package org.smallwins.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.LogCapture;

/**
 * {@code ./bot chat} and {@code ./bot analyze} inside the test JVM: the commands' own code over piped
 * text, with the models loaded once for all tests instead of once a jar start (seconds each). A few tests
 * still start the packaged jar, through the launcher, to prove that it works end to end.
 */
final class InProcess {
    /** The models the other tests of this JVM share ({@link Fixtures}), as {@link Core#load} would load them. */
    private static final Core CORE = new Core(
            Fixtures.nlp(),
            Fixtures.riskCheck(),
            Fixtures.english(),
            Fixtures.analyzer(),
            Fixtures.messages(),
            Fixtures.composer());

    private InProcess() {}

    /** The models shared by every in-process command and bot of this JVM. */
    static Core core() {
        return CORE;
    }

    /** What a run printed and logged, and its exit code. */
    record Result(int exitCode, String out, String log) {}

    /** {@code ./bot chat --db DB} with {@code stdin} piped in. */
    static Result chat(String stdin, Path db) {
        return chat(stdin, db, Map.of());
    }

    /** {@code ./bot chat --db DB} with {@code stdin} piped in and {@code environment} (e.g. SMALLWINS_DB_KEY) set. */
    static Result chat(String stdin, Path db, Map<String, String> environment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (LogCapture log = LogCapture.ofThisThread()) {
            int exit = ChatCommand.chat(
                    Settings.load(environment),
                    db.toString(),
                    () -> CORE,
                    new BufferedReader(new StringReader(stdin)),
                    out,
                    false);
            return new Result(exit, bytes.toString(StandardCharsets.UTF_8), log.text());
        }
    }

    /** {@code ./bot analyze} with {@code stdin} piped in: its output lines. */
    static List<String> analyze(String stdin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            AnalyzeCommand.analyze(
                    CORE,
                    new BufferedReader(new StringReader(stdin)),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** What a command printed on stdout and on stderr (with what it logged, as the jar's stderr holds both). */
    record CommandResult(int exitCode, String out, String err) {}

    /**
     * {@code ./bot ARGS} through the jar's own entry point ({@link Main#execute}), in this JVM: with
     * {@code environment} as its whole environment, {@code stdin} piped in and the models loaded once for
     * all tests.
     */
    static CommandResult command(Map<String, String> environment, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(
                environment,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> CORE,
                false);
        try (LogCapture log = LogCapture.ofThisThread()) {
            int exit = Main.execute(terminal, args);
            String logged = log.text();
            return new CommandResult(
                    exit,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8) + (logged.isEmpty() ? "" : logged + "\n"));
        }
    }
}

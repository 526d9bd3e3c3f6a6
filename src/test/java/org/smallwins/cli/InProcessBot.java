package org.smallwins.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smallwins.testing.LogCapture;

/**
 * {@code ./bot run} inside the test JVM: {@link RunCommand}'s own start, with the models this JVM has
 * already loaded ({@link InProcess}) instead of a JVM start that loads them afresh (seconds of CPU each),
 * and {@link #stop} doing what SIGTERM does. For the tests where what matters is the bot's behaviour at
 * the API (pace, faults); the tests of the process itself (a kill, SIGTERM, the jar's start) start the
 * packaged jar.
 */
public final class InProcessBot implements AutoCloseable {
    private final RunCommand.Running running;
    private final LogCapture log;
    private boolean stopped;

    private InProcessBot(RunCommand.Running running, LogCapture log) {
        this.running = running;
        this.log = log;
    }

    /**
     * A bot with {@code token}, at Telegram's pace (the shipped settings), on the database {@code db}, talking to
     * the API at {@code apiUrl}; up when this returns. {@code environment} adds or overrides variables.
     */
    public static InProcessBot start(String token, String apiUrl, Path db, Map<String, String> environment) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("TELEGRAM_BOT_TOKEN", token);
        RunCommand command = new RunCommand();
        command.terminal = new Terminal(
                variables,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                InProcess::core,
                false); // a refusal is thrown (RunCommand.Refused), not written
        command.apiUrl = apiUrl;
        command.db = db.toString();
        LogCapture log = LogCapture.ofEveryThread();
        try {
            return new InProcessBot(command.start(), log);
        } catch (RunCommand.Refused e) {
            log.close();
            throw new AssertionError("the bot did not start: " + e.getMessage(), e);
        }
    }

    /**
     * {@code ./bot run ARGS} that is expected to refuse before it starts (a missing token, a bad setting,
     * a token Telegram rejects): its exit code and what it wrote on stderr, with what it logged.
     */
    public static Refusal refusal(Map<String, String> environment, String... args) {
        InProcess.CommandResult result = InProcess.command(environment, "", args);
        return new Refusal(result.exitCode(), result.err());
    }

    public record Refusal(int exitCode, String err) {}

    /**
     * Every line logged at INFO and above since the bot started, from every thread of this JVM (so also
     * what test classes running beside it log).
     */
    public List<String> log() {
        return log.lines();
    }

    /** Stops the bot as SIGTERM does; the seconds it took. */
    public double stop() {
        long start = System.nanoTime();
        close();
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            try {
                running.close();
            } finally {
                log.close();
            }
        }
    }
}

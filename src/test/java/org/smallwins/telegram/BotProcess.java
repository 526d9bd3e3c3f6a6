package org.smallwins.telegram;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.smallwins.testing.JarProcess;

/** `./bot run` as a separate process (the packaged jar) against the emulator; its log lines kept for tests. */
final class BotProcess implements AutoCloseable {
    private final Process process;
    private final Thread reader;
    private final List<String> log = new CopyOnWriteArrayList<>();

    /** The pace replies go at: Telegram's (the default: 25 a second, one a second per chat) or a test's quick one. */
    enum Pacing {
        DEFAULT,
        QUICK
    }

    BotProcess(String token, String apiUrl, Path db) throws Exception {
        this(token, apiUrl, db, Pacing.QUICK);
    }

    BotProcess(String token, String apiUrl, Path db, Pacing pacing) throws Exception {
        ProcessBuilder builder = JarProcess.loggingAt("INFO", "run", "--api-url", apiUrl, "--db", db.toString());
        builder.environment().put("TELEGRAM_BOT_TOKEN", token);
        builder.environment().remove("SMALLWINS_TELEGRAM_CHAT_INTERVAL_MS");
        builder.environment().remove("SMALLWINS_TELEGRAM_RATE");
        if (pacing == Pacing.QUICK) {
            // Most tests need no one-second pause between a chat's messages; DeliveryIT runs at Telegram's pace.
            builder.environment().put("SMALLWINS_TELEGRAM_CHAT_INTERVAL_MS", "5");
            builder.environment().put("SMALLWINS_TELEGRAM_RATE", "500");
            builder.environment().put("SMALLWINS_CHECKIN_SWEEP_SECONDS", "2");
        }
        builder.redirectErrorStream(true);
        process = builder.start();
        reader = new Thread(
                () -> new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .lines()
                        .forEach(log::add),
                "bot-output");
        reader.setDaemon(true);
        reader.start();
    }

    void awaitLog(String fragment, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (log.stream().noneMatch(line -> line.contains(fragment))) {
            if (System.nanoTime() > deadline
                    || !process.isAlive() && log.stream().noneMatch(line -> line.contains(fragment))) {
                throw new AssertionError("the bot did not log '" + fragment + "'; it logged: " + log);
            }
            Thread.sleep(50);
        }
    }

    List<String> log() {
        return List.copyOf(log);
    }

    Process process() {
        return process;
    }

    /** SIGTERM, then the seconds it took to exit; fails past {@code limit}. */
    double terminate(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        // Process.destroy() would also close our end of its output, losing the last log lines: send the
        // signal the way an operator's `kill` does.
        try {
            new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid()))
                    .start()
                    .waitFor();
        } catch (java.io.IOException e) {
            throw new AssertionError("could not send SIGTERM", e);
        }
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bot did not exit within " + limit.toSeconds() + " s of SIGTERM");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        reader.join(2_000); // the last log lines
        return seconds;
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot did not die of SIGKILL");
        }
        reader.join(2_000);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

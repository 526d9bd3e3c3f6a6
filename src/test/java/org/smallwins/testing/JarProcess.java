package org.smallwins.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar (built before the tests, in process-test-classes) as ./bot does, or ./bot itself. */
public final class JarProcess {
    public static final Path JAR = Path.of("target/small-wins.jar");

    public record Result(int exitCode, String out, String err) {}

    private JarProcess() {}

    public static ProcessBuilder builder(String... args) {
        return loggingAt("WARN", args);
    }

    public static ProcessBuilder loggingAt(String logLevel, String... args) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing: the build makes it before the tests run (mvn test or ./bot test)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A test's jar lives seconds: C1 alone starts it on about half the CPU (same behaviour).
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dsmallwins.home=" + Path.of("").toAbsolutePath(),
                "-Dsmallwins.log.level=" + logLevel,
                "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SMALLWINS_DB");
        builder.environment().remove("SMALLWINS_DB_KEY");
        return builder;
    }

    public static Result run(String stdin, String... args) throws IOException, InterruptedException {
        return collect(builder(args).start(), stdin);
    }

    /**
     * {@code ./bot <args>} as a person types it: the launcher script (which checks the jar is up to date and
     * passes the project folder and log level), then the packaged jar.
     */
    public static Result runLauncher(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./bot"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SMALLWINS_DB");
        builder.environment().remove("SMALLWINS_DB_KEY");
        // The launcher's java gets the same C1-only flags as the jar above (the JVM reads this variable and
        // says so on stderr): the same behaviour on about half the CPU.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return collect(builder.start(), stdin);
    }

    private static Result collect(Process process, String stdin) throws IOException, InterruptedException {
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        // Read both streams fully before waiting, so a full pipe never blocks the child.
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try {
                err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        reader.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not exit within 60 s");
        }
        return new Result(process.exitValue(), out, err.join());
    }
}

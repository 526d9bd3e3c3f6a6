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
                JAVA,
                // A test's jar lives seconds: C1 alone starts it on about half the CPU (same behaviour).
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));
        command.addAll(sharedClasses());
        command.addAll(List.of(
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

    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** Not the launcher's target/small-wins.jsa: that one is dumped with the options ./bot runs with. */
    private static final Path ARCHIVE = Path.of("target/small-wins-tests.jsa");

    private static List<String> sharedClasses;

    /**
     * The JVM options that load the jar's classes from a class-data-sharing archive, dumped once per test
     * run by starting the jar as the bot starts (models loaded, database migrated): each of the suite's
     * two dozen jar starts then takes about half a second less CPU. The archive only speeds up class
     * loading; when it cannot be made or used, the jar starts as usual, and the JVM says nothing of it.
     */
    private static synchronized List<String> sharedClasses() {
        if (sharedClasses == null) {
            sharedClasses = List.of();
            try {
                if (!Files.exists(ARCHIVE)
                        || Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) < 0) {
                    Files.deleteIfExists(ARCHIVE);
                    Path db = Files.createTempDirectory("smallwins-cds").resolve("db");
                    Process dump = new ProcessBuilder(
                                    JAVA,
                                    "-XX:TieredStopAtLevel=1",
                                    "-XX:+UseSerialGC",
                                    "-XX:ArchiveClassesAtExit=" + ARCHIVE,
                                    "-Xlog:disable",
                                    "-Dsmallwins.home=" + Path.of("").toAbsolutePath(),
                                    "-jar",
                                    JAR.toString(),
                                    "bench",
                                    "--fork=ready",
                                    "--db=" + db)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
                    if (!dump.waitFor(120, TimeUnit.SECONDS)) {
                        dump.destroyForcibly();
                    }
                }
                if (Files.exists(ARCHIVE)) {
                    sharedClasses = List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:disable");
                }
            } catch (IOException e) {
                // no archive: the jars start without one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sharedClasses;
    }

    public static Result run(String stdin, String... args) throws IOException, InterruptedException {
        return run(builder(args), stdin);
    }

    /** A jar process made by {@link #builder} (and given, say, an environment of its own), run to its end. */
    public static Result run(ProcessBuilder builder, String stdin) throws IOException, InterruptedException {
        return collect(builder.start(), stdin);
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
        // The launcher's java gets the same options as the jars above, in place of its own (and of its own
        // class-data archive, which it then neither makes nor uses): the same behaviour on about half the CPU.
        builder.environment()
                .put(
                        "SMALLWINS_JAVA_OPTS",
                        String.join(
                                        " ",
                                        "-XX:TieredStopAtLevel=1",
                                        "-XX:+UseSerialGC",
                                        String.join(" ", sharedClasses()))
                                .strip());
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

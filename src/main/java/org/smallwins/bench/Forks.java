package org.smallwins.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one part of the benchmark in a fresh JVM started as this one was (same java, flags and class
 * path, or the same jar), so each part begins cold and none inherits another's heap or JIT state. A fork
 * reports on standard output in lines {@code fork: key=value ...}; its standard error passes through.
 */
public final class Forks {
    /** The line prefix a fork reports its figures with. */
    public static final String PREFIX = "fork: ";

    private final List<String> launch;

    private Forks(List<String> launch) {
        this.launch = List.copyOf(launch);
    }

    /**
     * Forks of this JVM that run {@code mainClass} with {@code subcommand} first, plus {@code extraJvmArgs}
     * (a profiler, a heap limit to try).
     */
    public static Forks ofThisJvm(String mainClass, String subcommand, List<String> extraJvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A debugger's port cannot be shared; the rest (heap, properties, GC) is kept as it was.
            if (!argument.startsWith("-agentlib:jdwp") && !argument.startsWith("-Xrunjdwp")) {
                command.add(argument);
            }
        }
        command.addAll(extraJvmArgs);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // as ./bot runs it
        } else {
            command.addAll(List.of("-cp", classPath, mainClass));
        }
        command.add(subcommand);
        return new Forks(command);
    }

    /** The jar this JVM runs from, when it runs from one. */
    public static Optional<Path> jar() {
        String classPath = System.getProperty("java.class.path");
        Path path = Path.of(classPath);
        return classPath.endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** What one fork reported, and how long after its start its first report came. */
    public record Result(Map<String, String> values, double secondsToFirstReport) {
        public double number(String key) {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("the fork did not report " + key + ": " + values);
            }
            return Double.parseDouble(value);
        }
    }

    /** Runs a fork with {@code arguments} and waits for it; fails with its exit code when it fails. */
    public Result run(List<String> arguments, long limitSeconds) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        double firstReport = Double.NaN;
        Map<String, String> values = new LinkedHashMap<>();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture.runAsync(
                    process::destroyForcibly, CompletableFuture.delayedExecutor(limitSeconds, TimeUnit.SECONDS));
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(PREFIX)) {
                        if (Double.isNaN(firstReport)) {
                            firstReport = (System.nanoTime() - start) / 1e9;
                        }
                        values.putAll(parse(line.substring(PREFIX.length())));
                    } else {
                        System.err.println(line);
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("a benchmark fork failed (exit " + exit + ", limit " + limitSeconds
                        + " s): " + String.join(" ", arguments));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a benchmark fork", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a benchmark fork ran", e);
        }
        return new Result(values, firstReport);
    }

    /** {@code key=value key=value}: values have no spaces. */
    public static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.strip().split("\\s+")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return values;
    }

    /** Formats {@code values} as a report line (without the prefix). */
    public static String format(Map<String, ?> values) {
        StringBuilder line = new StringBuilder();
        values.forEach((key, value) -> line.append(line.length() == 0 ? "" : " ")
                .append(key)
                .append('=')
                .append(value));
        return line.toString();
    }
}

package org.smallwins.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The throwaway folders the benchmarks keep their databases in. */
public final class TempFolders {
    private TempFolders() {}

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for a benchmark database", e);
        }
    }

    /** Deletes {@code folder} and all in it; a file that will not go is left, not fatal. */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary folder; the benchmark's figures are unaffected.
        }
    }
}

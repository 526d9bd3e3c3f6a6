package org.smallwins.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** This process's memory as Linux counts it ({@code /proc/self/status}): resident now and at its peak. */
public final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {}

    /** Resident set size in MB (VmRSS); empty where there is no {@code /proc}. */
    public static OptionalDouble residentMb() {
        return field("VmRSS:");
    }

    /** The largest resident set size so far, in MB (VmHWM). */
    public static OptionalDouble peakResidentMb() {
        return field("VmHWM:");
    }

    private static OptionalDouble field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    // "VmRSS:	  123456 kB"
                    String kb = line.substring(name.length()).replace("kB", "").strip();
                    return OptionalDouble.of(Long.parseLong(kb) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }
}

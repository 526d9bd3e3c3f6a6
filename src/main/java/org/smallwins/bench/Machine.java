package org.smallwins.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What else the machine is doing: benchmark figures on a shared machine are read beside its load. */
final class Machine {
    private Machine() {}

    /** The 1, 5 and 15 minute load averages, as {@code 1.20/0.90/0.80}, or {@code ?} without /proc. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "?";
        }
    }
}

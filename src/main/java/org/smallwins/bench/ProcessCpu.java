package org.smallwins.bench;

import java.lang.management.ManagementFactory;

/** CPU time used by this whole process (every thread), which load from elsewhere on the machine hardly moves. */
public final class ProcessCpu {
    private ProcessCpu() {}

    /** Nanoseconds of CPU this process has used, or -1 where the JVM cannot tell. */
    public static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}

package dev.camelpardot.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process from {@code /proc/<pid>/status} (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS in MB, or -1 when unknown. */
    static long rssMb(long pid) {
        return field(pid, "VmRSS:");
    }

    /** VmHWM, the peak resident size so far, in MB, or -1 when unknown. */
    static long peakRssMb(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    String kb = line.substring(name.length()).trim().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

package dev.camelpardot.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on. */
record MachineInfo(int cores, String cpu, long memoryMb, String os, String jdk, String jvmArguments, String gc) {

    static MachineInfo current() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String gc = String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(bean -> bean.getName()).toList());
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpuModel(),
                os.getTotalMemorySize() / (1024 * 1024),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                String.join(" ", arguments.stream().filter(a -> a.startsWith("-X")).toList()),
                gc);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

package dev.camelpardot.benchmark;

/**
 * How fast the in-process emulator answers a cheap client (contender A2, blocking {@code send()}) with 20 lanes and
 * the server's in-flight limit off, at zero latency. If this is well above what the contenders reach with 5 lanes,
 * the emulator is not what limits them.
 */
record EmulatorCapacity(int lanes, int messages, double throughput, double emulatorCpuMicrosPerMessage,
        double processCpuMicrosPerMessage, double cpuUtilization) {
}

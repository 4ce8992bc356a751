package dev.camelpardot.app.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The documented recipe for replicas, {@code quarkus-app/src/main/scripts/replicas.sh}, run as written: a standalone broker
 * and N packaged app replicas in production mode against the emulator.
 */
public final class ReplicasScript implements AutoCloseable {

    private final Path script;
    private final Path work;
    private final Map<String, String> environment;
    private final int brokerPort;
    private final List<AppClient> apps;

    private ReplicasScript(Path script, Path work, Map<String, String> environment, int brokerPort, List<AppClient> apps) {
        this.script = script;
        this.work = work;
        this.environment = environment;
        this.brokerPort = brokerPort;
        this.apps = apps;
    }

    public static ReplicasScript start(int count, Path work, String emulatorUrl) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("app.scripts", "src/main/scripts")).resolve("replicas.sh").toAbsolutePath();
        int brokerPort = Ports.free();
        int httpBase = Ports.freeRange(count);
        Map<String, String> env = new HashMap<>(AppReplica.production(emulatorUrl));
        env.put("PARDOT_BROKER_USER", ArtemisBroker.USER);
        env.put("PARDOT_BROKER_PASSWORD", ArtemisBroker.PASSWORD);
        env.put("BROKER_PORT", String.valueOf(brokerPort));
        // replica i listens on HTTP_PORT_BASE + i
        env.put("HTTP_PORT_BASE", String.valueOf(httpBase - 1));
        env.put("ARTEMIS_HOME", System.getProperty("artemis.home", ""));
        env.put("APP_JAR", Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath()
                .toString());
        env.put("WORK_DIR", work.toString());
        env.put("JAVA_OPTS", "-Xmx256m -Dquarkus.log.category.\"dev.camelpardot.app.delivery.DeliveryRoutes\".level=WARN");
        List<AppClient> apps = IntStream.rangeClosed(1, count).mapToObj(i -> new AppClient("replica-" + i, httpBase - 1 + i))
                .toList();
        ReplicasScript started = new ReplicasScript(script, work, env, brokerPort, apps);
        started.run("start", String.valueOf(count));
        return started;
    }

    public List<AppClient> apps() {
        return apps;
    }

    public String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    /** SIGKILL of replica i (1-based), by the pid the script wrote, which must be the replica's JVM. */
    public void kill(int replica) throws IOException {
        long pid = Long.parseLong(Files.readString(work.resolve("replica-" + replica + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("replica " + replica + " (pid " + pid + ") is not running"));
        if (!process.info().command().orElse("").endsWith("java")) {
            throw new IllegalStateException("pid " + pid + " of replica " + replica + " is not its JVM but "
                    + process.info().command().orElse("unknown"));
        }
        process.destroyForcibly();
        process.onExit().join();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
    }

    private void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("script.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + System.getenv("PATH"));
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("replicas.sh " + String.join(" ", arguments) + " failed, see "
                    + work.resolve("script.log") + " and the logs beside it");
        }
    }
}

package dev.camelpardot.app.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A standalone ActiveMQ Artemis broker, as an operator runs one: {@code bin/artemis create} (login required, no web
 * console, CORE only) and {@code bin/artemis run} from the {@code apache-artemis} bin distribution, in its own process.
 * The distribution's home comes from the system property {@code artemis.home} (the build unpacks it into target/).
 */
public final class ArtemisBroker implements AutoCloseable {

    public static final String USER = "pardot-app";
    public static final String PASSWORD = "broker-secret-4711";

    private final Process process;
    private final int port;

    private ArtemisBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Creates an instance in {@code dir} and starts it on {@code port}; returns once it accepts connections. */
    public static ArtemisBroker start(Path dir, int port, Path log) throws IOException, InterruptedException {
        Path home = home();
        Files.createDirectories(dir);
        Path instance = dir.resolve("broker");
        run(List.of(home.resolve("bin/artemis").toString(), "create", instance.toString(), "--silent", "--force",
                "--user", USER, "--password", PASSWORD, "--require-login", "--host", "127.0.0.1",
                "--default-port", String.valueOf(port), "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor"), dir.resolve("create.log"));
        ProcessBuilder builder = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // a small heap on a small machine (the profile's default starts at 512 MB)
        builder.environment().put("JAVA_ARGS", "-Xms64m -Xmx256m -XX:+UseG1GC --add-opens java.base/jdk.internal.misc=ALL-UNNAMED");
        ArtemisBroker broker = new ArtemisBroker(builder.start(), port);
        broker.awaitPort(Duration.ofSeconds(60));
        return broker;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** What an app replica needs to use this broker. */
    public Map<String, String> appEnvironment() {
        return Map.of("PARDOT_BROKER_URL", url(), "PARDOT_BROKER_USER", USER, "PARDOT_BROKER_PASSWORD", PASSWORD);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(20).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitPort(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker process ended at start (exit " + process.exitValue() + ")");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the broker did not open port " + port + " within " + limit.toSeconds() + " s");
    }

    private static Path home() {
        String home = System.getProperty("artemis.home");
        if (home == null || !Files.isExecutable(Path.of(home, "bin/artemis"))) {
            throw new IllegalStateException("artemis.home (" + home + ") is not an unpacked apache-artemis bin"
                    + " distribution: run the test through Maven (failsafe), which unpacks it");
        }
        return Path.of(home);
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + " failed (exit " + exit + "), see "
                    + log);
        }
    }
}

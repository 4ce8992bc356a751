package dev.camelpardot.app.cluster;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.emulator.EmulatorDefaults;

/**
 * The packaged app ({@code java -jar quarkus-run.jar}) in production mode against an emulator, configured the way a
 * deployment is: environment variables. Its own working directory holds its data (in-process broker journal, inbox).
 */
public final class AppReplica implements AutoCloseable {

    private final String name;
    private final Process process;
    private final AppClient client;

    private AppReplica(String name, Process process, int httpPort) {
        this.name = name;
        this.process = process;
        this.client = new AppClient(name, httpPort);
    }

    /**
     * @param environment extra variables (e.g. the external broker's); settings the test needs on top as -D options
     */
    public static AppReplica start(String name, Path jar, Path workDir, String emulatorUrl, int httpPort,
                                   Map<String, String> environment, List<String> systemProperties, Path log)
            throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + httpPort));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(production(emulatorUrl));
        env.putAll(environment);
        return new AppReplica(name, builder.start(), httpPort);
    }

    /** Waits until readiness answers UP. */
    public AppReplica awaitReady(Duration limit) throws InterruptedException {
        client.awaitReady(limit, process::isAlive);
        return this;
    }

    public int post(String json) throws IOException, InterruptedException {
        return client.post(json);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.get(path);
    }

    /** SIGKILL: no shutdown hook, no acknowledgement, no goodbye to the broker. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    /** SIGTERM, the graceful stop; SIGKILL if it takes longer than 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Production mode against the emulator, configured the way a deployment is: environment variables. */
    static Map<String, String> production(String emulatorUrl) {
        return Map.of("CAMEL_COMPONENT_PARDOT_LOGIN_URL", emulatorUrl,
                "CAMEL_COMPONENT_PARDOT_PARDOT_URL", emulatorUrl,
                "CAMEL_COMPONENT_PARDOT_CLIENT_ID", EmulatorDefaults.CLIENT_ID,
                "CAMEL_COMPONENT_PARDOT_CLIENT_SECRET", EmulatorDefaults.CLIENT_SECRET,
                "CAMEL_COMPONENT_PARDOT_REFRESH_TOKEN", EmulatorDefaults.REFRESH_TOKEN,
                "CAMEL_COMPONENT_PARDOT_BUSINESS_UNIT_ID", EmulatorDefaults.BUSINESS_UNIT_ID,
                "PARDOT_INGRESS_API_KEYS", AppClient.API_KEY);
    }
}

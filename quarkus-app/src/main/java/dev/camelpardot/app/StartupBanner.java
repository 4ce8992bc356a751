package dev.camelpardot.app;

import jakarta.inject.Singleton;

import dev.camelpardot.app.pardot.DemoEmulator;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** What a person starting the app needs to know first: where to send events, and in demo mode how to try it. */
@Singleton
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    private final AppConfig config;
    private final RunModeDecision mode;
    private final DemoEmulator demo;

    public StartupBanner(AppConfig config, RunModeDecision mode, DemoEmulator demo) {
        this.config = config;
        this.mode = mode;
        this.demo = demo;
    }

    public void print() {
        String host = ConfigProvider.getConfig().getOptionalValue("quarkus.http.host", String.class).orElse("127.0.0.1");
        String port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080");
        String app = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port;
        StringBuilder text = new StringBuilder("\n");
        if (mode.isDemo()) {
            text.append("=================== camel-pardot DEMO MODE (no Salesforce credentials set) ===================\n")
                .append("  Account Engagement emulator: ").append(demo.baseUrl()).append('\n')
                .append("  Emulator admin API:          ").append(demo.baseUrl()).append("/emulator/activities\n")
                .append("  API key to try:              ").append(config.demo().apiKey()).append('\n')
                .append("  Known prospects:             ").append(String.join(", ", demo.prospects())).append('\n')
                .append("    any other e-mail is refused with error 4 and dead-lettered, as Account Engagement does;\n")
                .append("    add one: curl -H 'Content-Type: application/json' -d '[\"you@example.com\"]' ")
                .append(demo.baseUrl()).append("/emulator/prospects\n")
                .append("    (or list them in pardot.demo.prospects / PARDOT_DEMO_PROSPECTS)\n");
        } else {
            text.append("=================== camel-pardot ===================\n");
        }
        text.append("  Inbox folder:  ").append(java.nio.file.Path.of(config.inbox()).toAbsolutePath()).append('\n')
            .append("  POST ").append(app).append("/activities  (header X-Api-Key)\n")
            .append("  GET  ").append(app).append("/status   ").append(app).append("/dlq   ")
            .append(app).append("/q/health   ").append(app).append("/q/metrics\n");
        if (mode.isDemo()) {
            text.append("  Try: curl -H 'X-Api-Key: ").append(config.demo().apiKey())
                .append("' -H 'Content-Type: application/json' -d '{\"email\":\"ada@example.com\",\"value\":\"hello\"}' ")
                .append(app).append("/activities\n");
        }
        text.append("=============================================================================================");
        LOG.info(text);
    }
}

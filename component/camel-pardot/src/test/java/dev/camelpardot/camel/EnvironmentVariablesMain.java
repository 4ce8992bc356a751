package dev.camelpardot.camel;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * A camel-main application configured by its process environment (and the {@code name=value} properties given as
 * arguments), run as a child JVM by {@link CamelMainEnvironmentVariablesTest}: it starts, prints the
 * component's settings that are not secrets, and stops. Exit status 1 and the failure on stdout when it cannot start.
 */
public final class EnvironmentVariablesMain {

    private EnvironmentVariablesMain() {
    }

    public static void main(String[] args) {
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:event").to("pardot:external-activity?extension=W&type=T");
            }
        });
        for (String property : args) {
            int equals = property.indexOf('=');
            main.addInitialProperty(property.substring(0, equals), property.substring(equals + 1));
        }
        try {
            main.start();
            PardotConfiguration configuration = main.getCamelContext().getComponent("pardot", PardotComponent.class)
                    .getConfiguration();
            System.out.println("clientId=" + configuration.getClientId());
            System.out.println("clientSecretSet=" + (configuration.getClientSecret() != null));
            System.out.println("businessUnitId=" + configuration.getBusinessUnitId());
            System.out.println("maxConcurrentRequests=" + configuration.getMaxConcurrentRequests());
            System.out.println("loginUrl=" + configuration.getLoginUrl());
            main.stop();
        } catch (Exception e) {
            System.out.println("failed: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.out.println("caused by: " + cause);
            }
            System.exit(1);
        }
        System.exit(0);
    }
}

package dev.camelpardot.examples.jmsartemis;

import org.apache.camel.main.Main;

/** Starts the broker and the JMS route; every setting comes from {@code application.properties}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addConfiguration(BrokerConfiguration.class);
        main.configure().addRoutesBuilder(new JmsToAccountEngagementRoute());
        main.run(args);
    }
}

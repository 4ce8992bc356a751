package dev.camelpardot.examples.quickstart;

import org.apache.camel.main.Main;

/** Runs the quickstart routes with camel-main; settings come from {@code application.properties}. */
public final class Quickstart {

    private Quickstart() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new QuickstartRoutes());
        main.run(args);
    }
}

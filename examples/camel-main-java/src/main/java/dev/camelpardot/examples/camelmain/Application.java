package dev.camelpardot.examples.camelmain;

import org.apache.camel.main.Main;

/** Starts Camel with the folder route; every setting comes from {@code application.properties}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new FolderToAccountEngagementRoute());
        main.run(args);
    }
}

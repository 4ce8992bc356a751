package dev.camelpardot.docs.snippets;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * Runs a {@code camel.component.pardot.*} properties snippet the way an application would: {@code ${NAME}} taken
 * from the environment (as Spring Boot and Quarkus resolve it), bound by camel-main. Only values that stand for
 * something outside this machine (hosts, secret file paths) are swapped, and only those the caller names; the
 * hosts a snippet leaves at Salesforce's defaults point at the emulator.
 */
final class PropertiesSnippet {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private PropertiesSnippet() {
    }

    static Main start(String resource, String emulatorUrl, Map<String, String> swapped, RoutesBuilder routes) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = PropertiesSnippet.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        Main main = new Main();
        main.addOverrideProperty("camel.component.pardot.login-url", emulatorUrl);
        main.addOverrideProperty("camel.component.pardot.pardot-url", emulatorUrl);
        for (String key : properties.stringPropertyNames()) {
            String value = fromEnvironment(properties.getProperty(key));
            main.addOverrideProperty(key, swapped.getOrDefault(value, value));
        }
        main.configure().addRoutesBuilder(routes);
        main.start();
        return main;
    }

    private static String fromEnvironment(String value) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String set = System.getenv(name);
            if (set == null) {
                throw new IllegalStateException(name + " is not set (the docs snippets' pom sets it)");
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(set));
        }
        return variable.appendTail(resolved).toString();
    }
}

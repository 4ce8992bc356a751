package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelpardot.api.PardotApi;
import dev.camelpardot.management.ManagedPardotConnection;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code pardot} dev console: per connection what it talks to, the flow, how old the access token is (never
 * the token or any credential) and the permits of each business unit. Camel finds it through the service file the
 * build generates from {@link DevConsole}.
 */
@DevConsole(name = "pardot", displayName = "Salesforce Account Engagement",
            description = "pardot connections: hosts, OAuth flow, token age, permits per business unit")
public class PardotDevConsole extends AbstractDevConsole {

    public PardotDevConsole() {
        super("camel", "pardot", "Salesforce Account Engagement",
                "pardot connections: hosts, OAuth flow, token age, permits per business unit");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> connection : connections()) {
            text.append(String.format("Connection %s (%s)%n", connection.get("id"), connection.get("component")));
            connection.forEach((key, value) -> {
                if (!"id".equals(key) && !"component".equals(key)) {
                    text.append(String.format("    %s: %s%n", key, value));
                }
            });
        }
        return text.length() == 0 ? "No pardot connection is open\n" : text.toString();
    }

    @Override
    protected JsonObject doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> list = new ArrayList<>();
        connections().forEach(connection -> list.add(new JsonObject(connection)));
        root.put("connections", list);
        return root;
    }

    private List<Map<String, Object>> connections() {
        List<Map<String, Object>> all = new ArrayList<>();
        CamelContext context = getCamelContext();
        for (String name : context.getComponentNames()) {
            Component component = context.hasComponent(name);
            if (component instanceof PardotComponent pardot) {
                for (PardotConnection connection : pardot.connections()) {
                    all.add(describe(name, connection));
                }
            }
        }
        return all;
    }

    private static Map<String, Object> describe(String componentName, PardotConnection connection) {
        PardotApi api = connection.api();
        ManagedPardotConnection view = new ManagedPardotConnection(connection.id(), api, java.time.Clock.systemUTC());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", connection.id());
        info.put("component", componentName);
        info.put("pardotUrl", view.getPardotUrl());
        info.put("loginUrl", view.getLoginUrl());
        info.put("authenticationType", view.getAuthenticationType());
        info.put("tokenAgeSeconds", view.getTokenAgeSeconds());
        info.put("maxConcurrentRequests", view.getMaxConcurrentRequests());
        info.put("inFlight", view.getInFlight());
        info.put("permitWaiters", view.getPermitWaiters());
        info.put("requests", view.getRequests());
        info.put("retries", view.getRetries());
        info.put("error66", view.getConcurrencyLimitErrors());
        info.put("error122", view.getDailyLimitErrors());
        info.put("tokenRequests", view.getTokenRequests());
        Map<String, Object> units = new LinkedHashMap<>();
        api.permits().forEach((unit, permits) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("inUse", permits.inUse());
            entry.put("waiting", permits.waiting());
            entry.put("max", permits.max());
            units.put(unit.isEmpty() ? "(none)" : unit, new JsonObject(entry));
        });
        info.put("permits", new JsonObject(units));
        return info;
    }
}

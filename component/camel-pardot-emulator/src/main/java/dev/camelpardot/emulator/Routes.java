package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which endpoint answers a path: exact paths first, then the longest matching prefix; anything else is a plain 404. */
final class Routes {

    private final Map<String, Endpoint> exact = new LinkedHashMap<>();
    private final Map<String, Endpoint> prefixes = new LinkedHashMap<>();

    Routes exact(String path, Endpoint endpoint) {
        exact.put(path, endpoint);
        return this;
    }

    Routes prefix(String prefix, Endpoint endpoint) {
        prefixes.put(prefix, endpoint);
        return this;
    }

    Endpoint route(String path) {
        Endpoint endpoint = exact.get(path);
        if (endpoint != null) {
            return endpoint;
        }
        String longest = null;
        for (String prefix : prefixes.keySet()) {
            if (path.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
                longest = prefix;
            }
        }
        return longest != null ? prefixes.get(longest) : this::notFound;
    }

    private void notFound(EmulatorRequest request, ResponseChannel response) {
        List<String> served = new ArrayList<>(exact.keySet());
        prefixes.keySet().forEach(prefix -> served.add(prefix + "..."));
        response.send(Reply.text(404, "Not found: " + request.path() + " (the emulator serves "
                + String.join(", ", served) + ")"));
    }
}

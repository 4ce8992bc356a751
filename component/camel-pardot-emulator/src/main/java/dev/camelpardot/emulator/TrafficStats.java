package dev.camelpardot.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of what the emulator answered: token requests by grant type, revocations, /api/v5 responses by status and code. */
final class TrafficStats {

    private final Map<String, LongAdder> tokenRequestsByGrant = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> responses = new ConcurrentHashMap<>();
    private final LongAdder droppedConnections = new LongAdder();
    private final LongAdder revokeRequests = new LongAdder();

    void revokeRequest() {
        revokeRequests.increment();
    }

    long revokeRequests() {
        return revokeRequests.sum();
    }

    void tokenRequest(String grantType) {
        tokenRequestsByGrant.computeIfAbsent(grantType, g -> new LongAdder()).increment();
    }

    /** Counts an /api/v5 reply under "status" or "status/code". */
    void response(Reply reply) {
        if (reply.isDrop()) {
            droppedConnections.increment();
            return;
        }
        responses.computeIfAbsent(key(reply.status(), reply.errorCode()), k -> new LongAdder()).increment();
    }

    static String key(int status, Integer code) {
        return code == null ? Integer.toString(status) : status + "/" + code;
    }

    long tokenRequests() {
        return tokenRequestsByGrant.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long tokenRequests(String grantType) {
        LongAdder count = tokenRequestsByGrant.get(grantType);
        return count == null ? 0 : count.sum();
    }

    Map<String, Long> tokenRequestsByGrant() {
        return snapshot(tokenRequestsByGrant);
    }

    Map<String, Long> responses() {
        return snapshot(responses);
    }

    long response(String key) {
        LongAdder count = responses.get(key);
        return count == null ? 0 : count.sum();
    }

    long droppedConnections() {
        return droppedConnections.sum();
    }

    void clear() {
        tokenRequestsByGrant.clear();
        responses.clear();
        droppedConnections.reset();
        revokeRequests.reset();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }
}

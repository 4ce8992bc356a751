package dev.camelpardot.app.deadletter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;

/** The answer of a replay: how many letters went back, and each one that stayed with the reason. */
public final class ReplayResult {

    /** Refusals listed in the answer; the count covers them all. */
    static final int LISTED_REFUSALS = 100;

    private int replayed;
    private int refused;
    private final ArrayNode refusals = Json.MAPPER.createArrayNode();

    void moved(int count) {
        replayed += count;
    }

    void refused(ObjectNode letter, String reason) {
        refused++;
        if (refusals.size() < LISTED_REFUSALS) {
            ObjectNode refusal = refusals.addObject();
            for (String field : new String[] {"id", "source", "origin", "line", "stage"}) {
                if (letter.has(field)) {
                    refusal.set(field, letter.get(field));
                }
            }
            refusal.put("reason", reason);
        }
    }

    public int replayed() {
        return replayed;
    }

    public int refused() {
        return refused;
    }

    /** {@code {"replayed":N,"refused":M,"refusals":[{"id":..,"origin":..,"line":..,"reason":..}]}} */
    public ObjectNode toJson() {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("replayed", replayed);
        answer.put("refused", refused);
        answer.set("refusals", refusals);
        return answer;
    }
}

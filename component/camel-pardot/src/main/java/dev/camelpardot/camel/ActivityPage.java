package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.ApiResponse;
import dev.camelpardot.model.ModelJson;

/**
 * One page of an external-activity query: its records as maps (field names as Account Engagement returns them)
 * and the token of the next page, null on the last one.
 */
record ActivityPage(List<Map<String, Object>> values, String nextPageToken) {

    static ActivityPage from(ApiResponse response) {
        JsonNode body = ModelJson.parse(response.body());
        List<Map<String, Object>> values = new ArrayList<>();
        JsonNode array = body == null ? null : body.get("values");
        if (array != null && array.isArray()) {
            array.forEach(node -> values.add(ModelJson.toMap(node)));
        }
        String next = ModelJson.text(body, "nextPageToken");
        return new ActivityPage(values, next == null || next.isBlank() ? null : next);
    }
}

package dev.camelpardot.app.activity;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The app's one JSON mapper (thread-safe once configured). */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}

package dev.camelpardot.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that text a user can see (messages, toString) holds none of the known secret values. */
public final class SecretCheck {

    /** The emulator's default secrets: distinctive strings, so any leak shows. */
    public static final List<String> EMULATOR_SECRETS = List.of("emulator-secret", "emulator-refresh-token",
            "emulator-password");

    private SecretCheck() {
    }

    /** Checks the throwable's message, its causes' messages and its toString against the secrets. */
    public static void assertNoSecrets(Throwable failure, String... moreSecrets) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
        }
        texts.forEach(text -> assertNoSecrets(text, moreSecrets));
    }

    public static void assertNoSecrets(String text, String... moreSecrets) {
        List<String> secrets = new ArrayList<>(EMULATOR_SECRETS);
        Arrays.stream(moreSecrets).filter(secret -> secret != null && !secret.isEmpty()).forEach(secrets::add);
        assertThat(text).as("visible text").doesNotContain(secrets.toArray(new String[0]));
    }
}

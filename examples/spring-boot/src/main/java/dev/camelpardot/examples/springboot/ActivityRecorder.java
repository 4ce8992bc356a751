package dev.camelpardot.examples.springboot;

import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/**
 * What the rest of a Spring application calls: it knows nothing about Camel's endpoints. A failure comes back as
 * the component's exception (PardotValidationException, PardotApiException), after the component's retries.
 */
@Service
public class ActivityRecorder {

    private final ProducerTemplate producer;

    public ActivityRecorder(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** Records that the prospect with this e-mail did something; {@code value} is free text of up to 100 characters. */
    public void record(String email, String value) {
        producer.requestBody("direct:record-activity", Map.of("email", email, "value", value));
    }
}

package dev.camelpardot.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application that uses the starter and nothing else: one route to Account Engagement. */
@SpringBootApplication
public class TestApplication {

    @Bean
    RouteBuilder deliveries() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deliver").routeId("deliver").to("pardot:external-activity?extension=Webinar&type=Registered");
            }
        };
    }
}

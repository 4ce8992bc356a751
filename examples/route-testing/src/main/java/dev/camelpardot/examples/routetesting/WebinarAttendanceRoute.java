package dev.camelpardot.examples.routetesting;

import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.builder.RouteBuilder;

/**
 * The kind of route a project writes: it turns its own event into an external activity and sends it. This is the
 * code under test in {@code WebinarAttendanceRouteTest}; nothing in it knows about tests or the emulator.
 */
public class WebinarAttendanceRoute extends RouteBuilder {

    /** Account Engagement keeps at most 100 characters of an activity's value. */
    static final int MAX_VALUE = ExternalActivity.MAX_VALUE_LENGTH;

    @Override
    public void configure() {
        from("direct:webinar-attendance")
                .routeId("webinar-attendance")
                .process(exchange -> {
                    WebinarAttendance attendance = exchange.getMessage().getMandatoryBody(WebinarAttendance.class);
                    exchange.getMessage().setBody(ExternalActivity.builder()
                            .email(attendance.email())
                            .value(describe(attendance))
                            .activityDate(attendance.joinedAt())
                            .build());
                })
                .to("pardot:external-activity?extension=Webinar_Service&type=Attended");
    }

    static String describe(WebinarAttendance attendance) {
        String text = attendance.webinar() + " (" + attendance.minutes() + " min)";
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }
}

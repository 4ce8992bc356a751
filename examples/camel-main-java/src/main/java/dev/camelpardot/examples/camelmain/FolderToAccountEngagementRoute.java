package dev.camelpardot.examples.camelmain;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers every line of the NDJSON files dropped into {@code activities.inbox} to Account Engagement.
 * <p>
 * A line that cannot be delivered is never dropped: the dead-letter channel appends it, unchanged, to
 * {@code <activities.failed>/<file>.failed.ndjson} and logs the reason. Dropping that file back into the inbox
 * replays it. The component itself already retried whatever was transient, so the channel does not redeliver.
 */
public class FolderToAccountEngagementRoute extends RouteBuilder {

    @Override
    public void configure() {
        // useOriginalMessage: inside the splitter the "original" is the line as it was read, before the
        // component touched the body, which is exactly what a replay needs.
        // tag::route[]
        errorHandler(deadLetterChannel("direct:dead-letter").useOriginalMessage());

        from("file:{{activities.inbox}}?include=.*\\.(ndjson|jsonl)&move=done&moveFailed=.error")
                .routeId("folder-to-account-engagement")
                .log("Reading ${header.CamelFileName}")
                // streaming: the file is read line by line, never whole in memory
                .split(body().tokenize("\n")).streaming()
                    .filter(simple("${body.trim()} != ''"))
                        .to("pardot:external-activity?extension={{activities.extension}}&type={{activities.type}}")
                    // end::route[]
                    .end()
                .end()
                .log("Finished ${header.CamelFileName}");

        from("direct:dead-letter")
                .routeId("dead-letter")
                .log(LoggingLevel.WARN,
                        "Not delivered: ${header.CamelFileName} line index ${exchangeProperty.CamelSplitIndex} (from 0): "
                                + "${exception.class.simpleName}: ${exception.message}")
                // one line per failed event (simple would trim a trailing newline, so it is appended here)
                .transform(simple("${body.trim()}"))
                .transform(body().append("\n"))
                .to("file:{{activities.failed}}?fileName=${file:onlyname.noext}.failed.ndjson&fileExist=Append");
    }
}

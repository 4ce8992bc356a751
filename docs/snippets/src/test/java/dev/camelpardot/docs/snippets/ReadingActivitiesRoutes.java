package dev.camelpardot.docs.snippets;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import dev.camelpardot.camel.PardotConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;

/** docs/reading-activities.md: the routes of the page, as ReadingActivitiesSnippetsTest runs them. */
final class ReadingActivitiesRoutes {

    private ReadingActivitiesRoutes() {
    }

    /** What was recorded since yesterday, every day. */
    static class SinceYesterday extends RouteBuilder {
        @Override
        public void configure() {
            // tag::since-yesterday[]
            from("timer:yesterday?period=24h")
                .setHeader(PardotConstants.CREATED_AT_AFTER, () -> OffsetDateTime.now().minusDays(1))
                .to("pardot:external-activity?operation=query&filterExtension=Webinar_Service&limit=1000"
                    + "&streamResults=true")
                .split(body()).streaming()
                    .to("direct:each-activity");   // a Map per activity: id, type, email, value, activityDate, ...
            // end::since-yesterday[]
        }
    }

    /** Every new activity into a file, one JSON line each, resuming after a restart. */
    static class ActivitiesToFile extends RouteBuilder {

        private final Path dataDir;

        ActivitiesToFile(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public void configure() {
            // tag::consumer-to-file[]
            // the consumer's position (the id of the last activity delivered), kept in a file across restarts
            bindToRegistry("pardotOffsets",
                    FileStateRepository.fileStateRepository(dataDir.resolve("pardot-offsets.dat").toFile()));

            from("pardot:external-activity?offsetRepository=#pardotOffsets&limit=1000&delay=5m")
                .routeId("activities-to-file")
                .marshal().json()                     // camel-jackson: the activity's fields as one JSON object
                .to("file:" + dataDir.resolve("export") + "?fileName=activities.ndjson&fileExist=Append"
                    + "&appendChars=\\n");
            // end::consumer-to-file[]
        }
    }

    /** Activities for people Account Engagement does not know yet. */
    static class UnknownProspects extends RouteBuilder {
        @Override
        public void configure() {
            // tag::unknown-prospect[]
            from("direct:signups")
                .to("pardot:external-activity?extension=Webinar_Service&type=Registered&unknownProspect=create")
                .log("Delivered ${header.CamelPardotActivityId}; new prospect: ${header.CamelPardotProspectCreated}");
            // end::unknown-prospect[]
        }
    }
}

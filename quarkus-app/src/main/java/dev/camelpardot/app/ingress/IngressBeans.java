package dev.camelpardot.app.ingress;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.activity.ActivityNormalizer;
import dev.camelpardot.app.delivery.BusinessUnits;
import dev.camelpardot.app.setup.ActivityTypeSpec;

/** The record checker, with the default extension and type taken from the settings. */
public class IngressBeans {

    @Produces
    @Singleton
    ActivityNormalizer normalizer(AppConfig config) {
        String extension = config.activity().defaultExtension().orElse(config.setup().extension());
        String type = config.activity().defaultType().orElseGet(() -> ActivityTypeSpec.parseAll(config.setup().activityTypes())
                .stream().findFirst().map(ActivityTypeSpec::developerName).orElse(null));
        return new ActivityNormalizer(extension, type);
    }

    @Produces
    @Singleton
    RecordSink recordSink(ActivityNormalizer normalizer, BusinessUnits businessUnits) {
        return new RecordSink(normalizer, businessUnits);
    }
}

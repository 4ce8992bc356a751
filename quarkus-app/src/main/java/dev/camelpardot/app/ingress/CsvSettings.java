package dev.camelpardot.app.ingress;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How CSV files are read: {@code pardot.ingress.csv.*}. */
@ConfigMapping(prefix = "pardot.ingress.csv")
public interface CsvSettings {

    /** {@code auto} (detected from the header: {@code ,}, {@code ;} or tab), {@code ,}, {@code ;} or {@code tab}. */
    @WithDefault("auto")
    String delimiter();
}

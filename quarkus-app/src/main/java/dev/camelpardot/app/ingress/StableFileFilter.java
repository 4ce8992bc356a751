package dev.camelpardot.app.ingress;

import java.io.File;
import java.time.Duration;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Lets a file through only once it has not changed for the stable time; until then the poll passes it by and
 * looks again next time. Unlike a waiting read lock, a file still being written (or an empty file a sender has
 * not filled yet) never holds up the files behind it.
 */
public final class StableFileFilter implements GenericFileFilter<File> {

    private final long stableMillis;

    public StableFileFilter(Duration stableTime) {
        this.stableMillis = stableTime.toMillis();
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return file.isDirectory() || file.getLastModified() <= System.currentTimeMillis() - stableMillis;
    }
}

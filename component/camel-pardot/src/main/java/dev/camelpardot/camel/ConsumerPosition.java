package dev.camelpardot.camel;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Where the consumer stands: the id of the last activity it delivered, kept in a Camel {@link StateRepository}
 * under one key, so that after a restart the consumer asks only for the activities after it. The repository is the
 * endpoint's {@code offsetRepository} (a {@code FileStateRepository} survives a restart) or, by default, one in
 * memory that lives as long as the consumer.
 * <p>
 * The position moves only once the route has finished with an activity, so an activity whose exchange failed, or
 * that was not reached before a stop, is delivered again; one that completed is not.
 */
final class ConsumerPosition {

    private final StateRepository<String, String> repository;
    private final boolean ownRepository;
    private final String key;
    private volatile Long lastId;

    private ConsumerPosition(StateRepository<String, String> repository, boolean ownRepository, String key, Long lastId) {
        this.repository = repository;
        this.ownRepository = ownRepository;
        this.key = key;
        this.lastId = lastId;
    }

    /**
     * Reads the stored position (starting the repository first, as camel-kafka does with its offset repository).
     *
     * @param repository the endpoint's repository, or null for one in memory
     * @param startAfter the id the options start after (idGreaterThan), or null; a stored position below it is
     *                   passed over, so raising the option moves the consumer on
     * @throws IllegalStateException when the repository holds something else than an id under the key
     */
    static ConsumerPosition open(StateRepository<String, String> repository, String key, Long startAfter) {
        boolean own = repository == null;
        StateRepository<String, String> used = own ? new MemoryStateRepository() : repository;
        ServiceHelper.startService(used);
        String stored = used.getState(key);
        Long last = startAfter;
        if (stored != null && !stored.isBlank()) {
            long storedId;
            try {
                storedId = Long.parseLong(stored.strip());
            } catch (NumberFormatException notAnId) {
                throw new IllegalStateException("the offsetRepository holds '" + stored + "' under the key '" + key
                        + "', which is not an activity id: remove that entry, or set offsetKey to another key");
            }
            last = startAfter == null ? storedId : Math.max(storedId, startAfter);
        }
        return new ConsumerPosition(used, own, key, last);
    }

    /** The id of the last activity delivered (or the one the options start after); null to start at the oldest. */
    Long lastId() {
        return lastId;
    }

    /** Records that the activity {@code id} was delivered. */
    void advance(long id) {
        repository.setState(key, Long.toString(id));
        lastId = id;
    }

    /** Stops the repository when it is the consumer's own; a repository given as an option is the application's. */
    void close() {
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
    }
}

package dev.camelpardot.app.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.jboss.logging.Logger;

/**
 * The user and password every client of the in-process broker must give, the app's own in-VM connection included:
 * {@code pardot.broker.user} / {@code pardot.broker.password} when both are set, else a pair generated at first start
 * and kept in {@value #FILE_NAME} beside the journal, readable by its owner only, where a JMS publisher on the same
 * machine (run by the same user, or given the file) reads them. The password never reaches a log or a message.
 */
public record BrokerCredentials(String user, String password, Path file) {

    public static final String FILE_NAME = "jms-credentials.properties";
    static final String GENERATED_USER = "pardot";

    private static final Logger LOG = Logger.getLogger(BrokerCredentials.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /**
     * The configured pair, or the one stored in {@code dataDir} (generated there first when missing).
     *
     * @throws ConfigurationException when only one of user and password is set
     */
    public static BrokerCredentials of(Optional<String> user, Optional<String> password, Path dataDir) {
        Optional<String> u = user.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> p = password.filter(s -> !s.isEmpty());
        if (u.isPresent() != p.isPresent()) {
            throw new ConfigurationException("Set both pardot.broker.user and pardot.broker.password (PARDOT_BROKER_USER,"
                    + " PARDOT_BROKER_PASSWORD), or neither: the in-process broker then generates them in "
                    + dataDir.resolve(FILE_NAME));
        }
        if (u.isPresent()) {
            return new BrokerCredentials(u.get(), p.get(), null);
        }
        return stored(dataDir);
    }

    /** True when they come from the settings rather than the file. */
    public boolean configured() {
        return file == null;
    }

    private static BrokerCredentials stored(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            createOwnerOnly(dataDir);
            if (!Files.exists(file)) {
                generate(file);
            }
            keepPrivate(file);
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String user = properties.getProperty("user", "").strip();
            String password = properties.getProperty("password", "");
            if (user.isEmpty() || password.isEmpty()) {
                throw new ConfigurationException(file + " must hold user=... and password=... lines: correct it, or"
                        + " delete it and the app generates a new pair at the next start");
            }
            return new BrokerCredentials(user, password, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the broker's credentials in " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String text = "# The in-process broker's JMS user and password, generated at its first start. JMS publishers\n"
                + "# (tcp, pardot.broker.host:pardot.broker.port) log in with them. Set pardot.broker.user and\n"
                + "# pardot.broker.password to choose your own; delete this file for a new pair at the next start.\n"
                + "user=" + GENERATED_USER + "\n"
                + "password=" + Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n";
        Path staged = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(staged);
        if (posix(file)) {
            Files.createFile(staged, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        try {
            // whole or not at all: a crash never leaves half a password
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(staged);
        }
        LOG.infof("Generated the in-process broker's JMS credentials in %s (readable by its owner only)", file);
    }

    /** A file others could read would open the broker to them: it is made owner-only again, and the log says so. */
    private static void keepPrivate(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            LOG.warnf("%s was readable by other users; it is owner-only again. If they may have read it, delete it"
                      + " and restart for a new password", file);
        }
    }

    /** The data directory holds the journal (every queued event) and the credentials: a new one is owner-only. */
    private static void createOwnerOnly(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            return;
        }
        Path parent = dataDir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (posix(parent == null ? dataDir : parent)) {
            Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectory(dataDir);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "BrokerCredentials[user=" + user + ", password=***" + (file == null ? "" : ", file=" + file) + "]";
    }
}

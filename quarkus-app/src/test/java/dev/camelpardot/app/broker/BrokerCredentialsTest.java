package dev.camelpardot.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerCredentialsTest {

    @TempDir
    Path temp;

    @Test
    void generatedOnceBesideTheJournalForTheOwnerOnlyAndKeptAcrossStarts() throws Exception {
        Path dataDir = temp.resolve("data/broker");
        BrokerCredentials first = BrokerCredentials.of(Optional.empty(), Optional.empty(), dataDir);
        BrokerCredentials second = BrokerCredentials.of(Optional.empty(), Optional.empty(), dataDir);

        assertThat(first.file()).isEqualTo(dataDir.resolve(BrokerCredentials.FILE_NAME));
        assertThat(second.user()).isEqualTo(first.user());
        assertThat(second.password()).isEqualTo(first.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(first.toString()).doesNotContain(first.password());
    }

    @Test
    void aFileOthersCouldReadIsMadeOwnerOnlyAgain() throws Exception {
        Path dataDir = temp.resolve("broker");
        BrokerCredentials generated = BrokerCredentials.of(Optional.empty(), Optional.empty(), dataDir);
        Files.setPosixFilePermissions(generated.file(), PosixFilePermissions.fromString("rw-r--r--"));

        BrokerCredentials.of(Optional.empty(), Optional.empty(), dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(generated.file()))).isEqualTo("rw-------");
    }

    @Test
    void theSettingsWinAndNoFileIsWritten() {
        BrokerCredentials configured = BrokerCredentials.of(Optional.of("publisher"), Optional.of("s3cret"), temp);

        assertThat(configured.user()).isEqualTo("publisher");
        assertThat(configured.configured()).isTrue();
        assertThat(temp.resolve(BrokerCredentials.FILE_NAME)).doesNotExist();
        assertThat(configured.toString()).doesNotContain("s3cret");
    }

    @Test
    void aUserWithoutAPasswordIsRefusedNamingBothSettings() {
        assertThatThrownBy(() -> BrokerCredentials.of(Optional.of("publisher"), Optional.empty(), temp))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pardot.broker.user").hasMessageContaining("pardot.broker.password");
    }

    @Test
    void theSecurityManagerTakesOnlyTheOneUser() {
        BrokerCredentials credentials = new BrokerCredentials("pardot", "right", null);
        SingleUserSecurityManager manager = new SingleUserSecurityManager(credentials);

        assertThat(manager.validateUser("pardot", "right")).isTrue();
        assertThat(manager.validateUser("pardot", "wrong")).isFalse();
        assertThat(manager.validateUser("other", "right")).isFalse();
        assertThat(manager.validateUser(null, null)).isFalse();
    }
}

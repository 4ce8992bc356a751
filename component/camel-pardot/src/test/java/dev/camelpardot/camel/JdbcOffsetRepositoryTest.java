package dev.camelpardot.camel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.apache.camel.RuntimeCamelException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JdbcOffsetRepository against a real (in-memory H2) database. */
class JdbcOffsetRepositoryTest {

    private static JdbcDataSource database(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Test
    void createsItsTableAndKeepsOneRowPerKeyThatANewInstanceReads() throws Exception {
        JdbcDataSource dataSource = database("offsets-rows");
        JdbcOffsetRepository first = new JdbcOffsetRepository(dataSource);
        first.start();
        assertThat(first.getState("a")).isNull();
        first.setState("a", "17");
        first.setState("a", "42");
        first.setState("b", "7");
        first.stop();

        JdbcOffsetRepository second = new JdbcOffsetRepository(dataSource);
        second.start();
        assertThat(second.getState("a")).isEqualTo("42");
        assertThat(second.getState("b")).isEqualTo("7");
        try (Connection connection = dataSource.getConnection(); Statement count = connection.createStatement();
             ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM pardot_consumer_offsets")) {
            rows.next();
            assertThat(rows.getInt(1)).as("an update, not a second row").isEqualTo(2);
        }
    }

    @Test
    void usesATableThatMigrationsCreatedAndSaysWhichTableIsMissing() throws Exception {
        JdbcDataSource dataSource = database("offsets-owned");
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE SCHEMA integration");
            ddl.execute("CREATE TABLE integration.positions (offset_key VARCHAR(255) PRIMARY KEY,"
                        + " offset_value VARCHAR(255) NOT NULL)");
        }
        JdbcOffsetRepository owned = new JdbcOffsetRepository(dataSource, "integration.positions", true);
        owned.start();
        owned.setState("k", "1");
        assertThat(owned.getState("k")).isEqualTo("1");

        JdbcOffsetRepository missing = new JdbcOffsetRepository(dataSource, "integration.absent", false);
        missing.start();
        assertThatThrownBy(() -> missing.setState("k", "1")).isInstanceOf(RuntimeCamelException.class)
                .hasMessageContaining("store the position 'k' in the table integration.absent");
    }

    @Test
    void refusesATableNameThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> new JdbcOffsetRepository(database("offsets-bad"), "t; DROP TABLE x", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain SQL identifier");
        assertThatThrownBy(() -> new JdbcOffsetRepository(null)).hasMessageContaining("needs a DataSource");
    }
}

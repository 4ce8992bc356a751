package dev.camelpardot.camel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A consumer position kept in a database table, for {@code offsetRepository}: the JDBC counterpart of Camel's
 * {@code FileStateRepository}, which Camel itself does not ship. One row per key; plain JDBC on the application's
 * {@link DataSource} (its pool, its credentials), so it needs no driver or library of its own.
 * <p>
 * The table ({@code pardot_consumer_offsets} unless named) has two text columns, {@code offset_key} (primary key) and
 * {@code offset_value}; it is created at start when missing, unless {@code createTable} is false for a schema that
 * migrations own. Each {@link #setState} is its own statement, committed before it returns: the consumer moves its
 * position only after the route finished an activity, so the row never runs ahead of the route.
 */
public final class JdbcOffsetRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The table used when none is named. */
    public static final String DEFAULT_TABLE = "pardot_consumer_offsets";

    // the name goes into SQL text: only a plain (optionally schema-qualified) identifier, never a value
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String table;
    private final boolean createTable;

    /**
     * @param dataSource  the database
     * @param table       the table's name, a plain identifier such as {@code pardot_consumer_offsets} or
     *                    {@code integration.pardot_offsets}
     * @param createTable whether to create the table at start when it is missing
     * @throws IllegalArgumentException when the table's name is not a plain identifier
     */
    public JdbcOffsetRepository(DataSource dataSource, String table, boolean createTable) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcOffsetRepository needs a DataSource: pass the application's one");
        }
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("JdbcOffsetRepository: the table name '" + table + "' is not a plain"
                                               + " SQL identifier: use letters, digits and '_', optionally 'schema.table'");
        }
        this.dataSource = dataSource;
        this.table = table;
        this.createTable = createTable;
    }

    /** In the table {@value #DEFAULT_TABLE}, created at start when missing. */
    public JdbcOffsetRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, true);
    }

    @Override
    protected void doStart() {
        if (!createTable) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection)) {
                try (Statement create = connection.createStatement()) {
                    create.executeUpdate("CREATE TABLE " + table + " (offset_key VARCHAR(255) NOT NULL PRIMARY KEY,"
                                         + " offset_value VARCHAR(255) NOT NULL)");
                }
                commit(connection);
            }
        } catch (SQLException e) {
            throw failure("create the table", e);
        }
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT offset_value FROM " + table + " WHERE offset_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("read the position '" + key + "'", e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET offset_value = ? WHERE offset_key = ?")) {
                update.setString(1, value);
                update.setString(2, key);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + table + " (offset_key, offset_value) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
            }
            commit(connection);
        } catch (SQLException e) {
            throw failure("store the position '" + key + "'", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcOffsetRepository[" + table + "]";
    }

    /** Databases fold unquoted names differently (H2 and Oracle up, PostgreSQL down): look for all three. */
    private boolean exists(Connection connection) throws SQLException {
        for (String folded : new String[] { table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT) }) {
            int dot = folded.indexOf('.');
            String schema = dot < 0 ? null : folded.substring(0, dot);
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, folded.substring(dot + 1), null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    // the SQL state and the driver's message name the cause; the DataSource's URL or user are never part of it
    private RuntimeCamelException failure(String what, SQLException e) {
        return new RuntimeCamelException("JdbcOffsetRepository could not " + what + " in the table " + table
                                         + " (SQL state " + e.getSQLState() + "): " + e.getMessage(), e);
    }
}

package org.peaceops.cadre.platform.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code cadre.db.driver} from the database URL so that pointing
 * CADRE_DB_URL at PostgreSQL is enough: nobody has to know the name of the
 * driver's DataSource class. An explicit CADRE_DB_DRIVER still wins (this
 * source has the lowest ordinal).
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    static final String DRIVER = "cadre.db.driver";
    private static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";
    private static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DRIVER);
    }

    @Override
    public String getValue(String propertyName) {
        return DRIVER.equals(propertyName) ? driverFor(configuredUrl()) : null;
    }

    static String driverFor(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String url = System.getProperty("cadre.db.url");
        return url != null ? url : System.getenv("CADRE_DB_URL");
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DRIVER, getValue(DRIVER));
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "cadre-database-driver";
    }
}

package org.peaceops.cadre.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseDriverConfigSourceTest {

    @Test
    void postgresqlUrlsUseThePostgresqlDataSource() {
        assertEquals("org.postgresql.ds.PGSimpleDataSource",
                DatabaseDriverConfigSource.driverFor("jdbc:postgresql://127.0.0.1:5432/cadre"));
    }

    @Test
    void everythingElseUsesTheEmbeddedDatabase() {
        assertEquals("org.h2.jdbcx.JdbcDataSource", DatabaseDriverConfigSource.driverFor("jdbc:h2:file:./data/cadre"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", DatabaseDriverConfigSource.driverFor(null));
    }
}

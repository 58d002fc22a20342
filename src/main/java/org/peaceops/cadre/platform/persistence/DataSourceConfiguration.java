package org.peaceops.cadre.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the application, filled from MicroProfile Config so that
 * environment variables (CADRE_DB_URL, CADRE_DB_USER, CADRE_DB_PASSWORD) switch
 * from the embedded H2 file database to PostgreSQL without rebuilding.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=cadre.db.driver}",
        url = "${MPCONFIG=cadre.db.url}",
        user = "${MPCONFIG=cadre.db.user}",
        password = "${MPCONFIG=cadre.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/cadre";
}

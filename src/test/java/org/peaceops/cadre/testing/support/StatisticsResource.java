package org.peaceops.cadre.testing.support;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Test-only: Hibernate's statement counter, so that tests can prove that a page
 * costs a bounded number of SQL statements. Never packaged in the product.
 */
@Path("test-support/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    /** Starts counting from zero. */
    @DELETE
    public void reset() {
        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    /** Statements prepared since the last reset. */
    @GET
    public long preparedStatements() {
        return statistics().getPrepareStatementCount();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }
}

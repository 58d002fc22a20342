package org.peaceops.cadre.platform.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The shared id sequence as SQL, for the few inserts written by hand to
 * create many rows in one statement. Each value the expression takes is the
 * end of a block of ids that no entity manager is then given, so a row
 * numbered by it never clashes with ids handed out elsewhere.
 */
public final class IdSequence {

    public static final String NAME = "cadre_id_seq";

    private IdSequence() {
    }

    /** The database's own expression for the sequence's next value ({@code nextval('…')}, {@code next value for …}). */
    public static String nextValue(EntityManager em) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSelectSequenceNextValString(NAME);
    }
}

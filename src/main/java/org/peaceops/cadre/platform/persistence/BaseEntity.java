package org.peaceops.cadre.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;
import org.peaceops.cadre.platform.ConflictException;

/**
 * Identity and optimistic locking shared by every aggregate. One sequence serves
 * all tables so that ids are allocated in blocks (batched inserts for imports).
 * Serializable because screens keep the rows they show in replicated sessions.
 */
@MappedSuperclass
public abstract class BaseEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_id")
    @SequenceGenerator(name = "cadre_id", sequenceName = "cadre_id_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made to an older state than this: someone else changed
     * the record since the caller read it at {@code expectedVersion}, and
     * going on would silently undo their change.
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw ConflictException.staleVersion();
        }
    }

    /**
     * Same class and id. Proxy-safe: a lazy reference (a Hibernate proxy) equals
     * the loaded entity it stands for, from either side, and without loading it.
     * Calling {@code equals} on a proxy runs it on the loaded entity, so the
     * other side is often a proxy whose fields are empty: read it through
     * {@link #getId()}, never through the field.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity that) || !persistentClass(this).equals(persistentClass(that))) {
            return false;
        }
        Long ownId = getId();
        return ownId != null && ownId.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return persistentClass(this).hashCode();
    }

    private static Class<?> persistentClass(Object entity) {
        return entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
    }
}

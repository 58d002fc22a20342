package org.peaceops.cadre.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

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

    /** True when the caller edited the state this entity had at {@code expectedVersion}. */
    public boolean isAtVersion(long expectedVersion) {
        return version == expectedVersion;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass()) || id == null) {
            return false;
        }
        return id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}

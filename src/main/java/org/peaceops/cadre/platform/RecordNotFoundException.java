package org.peaceops.cadre.platform;

/**
 * The record does not exist, or the caller may not know that it exists: another
 * centre's records answer exactly like missing ones (no existence leak).
 */
public class RecordNotFoundException extends CadreException {
    public RecordNotFoundException(String recordType, Object id) {
        super("error.notFound", recordType, id);
    }
}

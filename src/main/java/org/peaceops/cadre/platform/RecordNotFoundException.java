package org.peaceops.cadre.platform;

import java.util.Locale;
import org.peaceops.cadre.platform.i18n.Messages;

/**
 * The record does not exist, or the caller may not know that it exists: another
 * centre's records answer exactly like missing ones (no existence leak).
 * Users read a sentence of their own words ("No such offering."), chosen by
 * the record type from the keys {@code error.notFound.<recordType>}; a type
 * without one reads as the plain "does not exist" sentence, never as a class
 * name. The type and id stay in {@link #getMessage()} for the server's log.
 */
public class RecordNotFoundException extends CadreException {

    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, Object id) {
        super("error.notFound." + recordType, String.valueOf(id));
        this.recordType = recordType;
        this.recordId = String.valueOf(id);
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.bundle(locale).containsKey(messageKey()) ? super.localizedMessage(locale)
                : Messages.format(locale, "error.notFound");
    }

    @Override
    public String getMessage() {
        return recordType + " " + recordId + " not found";
    }
}

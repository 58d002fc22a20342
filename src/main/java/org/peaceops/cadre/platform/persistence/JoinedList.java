package org.peaceops.cadre.platform.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * A short list kept in one column as text joined by a separator the elements
 * never contain: read whole with its row, never queried by element, and so
 * not worth a table of its own. An empty list is empty text.
 */
public abstract class JoinedList implements AttributeConverter<List<String>, String> {

    private final String separator;

    protected JoinedList(String separator) {
        this.separator = separator;
    }

    @Override
    public String convertToDatabaseColumn(List<String> elements) {
        return elements == null ? "" : String.join(separator, elements);
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(java.util.regex.Pattern.quote(separator), -1));
    }
}

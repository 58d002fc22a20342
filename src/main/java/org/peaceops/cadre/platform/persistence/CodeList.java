package org.peaceops.cadre.platform.persistence;

import jakarta.persistence.Converter;

/** A short list of codes (language tags, for example) as comma-separated text; codes never hold a comma. */
@Converter
public class CodeList extends JoinedList {

    public CodeList() {
        super(",");
    }
}

package org.peaceops.cadre.curriculum.exchange;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a CASE package: where it is (a JSON Pointer into the
 * package, {@code ""} for the whole of it), what it is (a key of Cadre's
 * message bundles) and the values the message shows.
 */
public record CaseProblem(String pointer, String messageKey, List<String> arguments) implements Serializable {

    /** Not JSON at all. Arguments: the parser's message, line, column. */
    public static final String JSON = "case.error.json";
    /** A field CASE requires is absent or blank. Argument: the field's name. */
    public static final String MISSING = "case.error.missing";
    /** Argument: the field's name and the JSON type it must have. */
    public static final String WRONG_TYPE = "case.error.wrongType";
    /** The package has no CFDocument. No arguments. */
    public static final String NO_DOCUMENT = "case.error.noDocument";
    /** Arguments: the identifier and the pointer to its first use. */
    public static final String DUPLICATE_IDENTIFIER = "case.error.duplicateIdentifier";
    /** Argument: the identifier. */
    public static final String NOT_UUID = "case.error.notUuid";
    /** An association end that must be in the package is not. Argument: its identifier. */
    public static final String UNKNOWN_NODE = "case.error.unknownNode";
    /** Argument: the identifiers on the cycle, child first, separated by ", ". */
    public static final String CYCLE = "case.error.cycle";
    /** Argument: the association type found. */
    public static final String UNKNOWN_ASSOCIATION_TYPE = "case.error.unknownAssociationType";
    /** Argument: the value found. */
    public static final String NOT_DATE_TIME = "case.error.notDateTime";
    /** Argument: the value found. */
    public static final String NOT_URI = "case.error.notUri";

    public CaseProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}

package org.peaceops.cadre.curriculum.exchange;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;

/**
 * Reads a CASE 1.0 CFPackage (JSON, in any Unicode encoding) into a
 * {@link CasePackage} and accepts it only if {@link CaseValidator} finds
 * nothing wrong. Problems of shape (missing CFDocument, wrong JSON types) are
 * all reported first; the content rules are checked once the shape is sound,
 * because their pointers and cross-references rely on it. Stateless and safe
 * to share.
 */
public class CaseReader {

    private static final JsonParserFactory JSON = Json.createParserFactory(Map.of());

    private final CaseValidator validator = new CaseValidator();

    /**
     * @param in the package; read to its end but left open, as the caller opened it
     * @throws CasePackageException listing every problem found, up to 100
     */
    public CasePackage read(InputStream in) {
        JsonValue json = parse(in);
        ProblemList problems = new ProblemList();
        CasePackage casePackage = casePackage(json, problems);
        if (problems.isEmpty()) {
            problems.addAll(validator.validate(casePackage));
        }
        if (!problems.isEmpty()) {
            throw new CasePackageException(problems.toList());
        }
        return casePackage;
    }

    /** Parses one JSON value and insists that nothing but white space follows it. */
    private static JsonValue parse(InputStream in) {
        try (JsonParser parser = JSON.createParser(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream stays open
            }
        })) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                parser.next();
                JsonLocation at = parser.getLocation();
                throw notJson("Unexpected content after the package", String.valueOf(at.getLineNumber()),
                        String.valueOf(at.getColumnNumber()));
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw notJson(e.getMessage(), String.valueOf(at.getLineNumber()), String.valueOf(at.getColumnNumber()));
        } catch (JsonException | NoSuchElementException e) {
            // no place to point at: an empty stream, bytes that are not text, a failing read
            throw notJson(e.getMessage(), "?", "?");
        }
    }

    private static CasePackageException notJson(String message, String line, String column) {
        return new CasePackageException(List.of(new CaseProblem("", CaseProblem.JSON,
                List.of(String.valueOf(message), line, column))));
    }

    private static CasePackage casePackage(JsonValue json, ProblemList problems) {
        if (!(json instanceof JsonObject object)) {
            problems.add("", CaseProblem.WRONG_TYPE, "CFPackage", "object");
            return null;
        }
        JsonFields fields = new JsonFields("", object, problems);
        JsonValue documentJson = object.get("CFDocument");
        if (documentJson == null || documentJson.getValueType() == JsonValue.ValueType.NULL) {
            problems.add("/CFDocument", CaseProblem.NO_DOCUMENT);
        }
        JsonFields documentFields = fields.object("CFDocument");
        CaseDocument document = documentFields == null ? null : document(documentFields);
        List<CaseItem> items = fields.objects("CFItems", CaseReader::item);
        List<CaseAssociation> associations = fields.objects("CFAssociations", CaseReader::association);
        return document == null ? null : new CasePackage(document, items, associations);
    }

    private static CaseDocument document(JsonFields f) {
        return new CaseDocument(f.string("identifier"), f.string("uri"), f.string("creator"), f.string("title"),
                f.string("version"), f.string("description"), f.string("language"), f.string("adoptionStatus"),
                f.string("publisher"), f.string("lastChangeDateTime"));
    }

    private static CaseItem item(JsonFields f) {
        return new CaseItem(f.string("identifier"), f.string("uri"), f.string("humanCodingScheme"),
                f.string("fullStatement"), f.string("abbreviatedStatement"), f.string("CFItemType"),
                f.string("listEnumeration"), f.string("notes"), f.string("language"),
                f.strings("educationLevel", "educationalLevel"), f.string("lastChangeDateTime"));
    }

    private static CaseAssociation association(JsonFields f) {
        return new CaseAssociation(f.string("identifier"), f.string("uri"), f.string("associationType"),
                node(f.object("originNodeURI")), node(f.object("destinationNodeURI")), f.integer("sequenceNumber"),
                f.string("lastChangeDateTime"));
    }

    private static NodeRef node(JsonFields f) {
        return f == null ? null : new NodeRef(f.string("identifier"), f.string("uri"), f.string("title"));
    }
}

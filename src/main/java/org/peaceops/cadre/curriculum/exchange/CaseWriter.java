package org.peaceops.cadre.curriculum.exchange;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.cadre.curriculum.exchange.CaseAssociation.NodeRef;

/**
 * Writes a valid package as CASE 1.0 CFPackage JSON (UTF-8) that passes the
 * CFPackage schema OpenSALT checks with. Null fields are left out; fields in a
 * fixed order, so the same package always gives the same bytes. What the
 * schema requires but the package may lack is made up from what it has: a
 * {@code urn:uuid:} uri from the identifier, a link's title from the node it
 * names, an offset on date-times written without one (see
 * {@link CaseDateTime}). CFDocumentURI on every item and association and
 * CFPackageURI on the document are written as CASE's LinkURI objects; the
 * package's uri is taken to be the document's, as OpenSALT has it. Stateless
 * and safe to share.
 */
public class CaseWriter {

    private static final JsonGeneratorFactory JSON =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final CaseValidator validator = new CaseValidator();

    /**
     * @param out receives the package; left open, as the caller opened it
     * @throws CasePackageException if the package is not valid; nothing is written then
     * @throws jakarta.json.JsonException if writing to {@code out} fails
     */
    public void write(CasePackage casePackage, OutputStream out) {
        List<CaseProblem> problems = validator.validate(casePackage);
        if (!problems.isEmpty()) {
            throw new CasePackageException(problems);
        }
        try (JsonGenerator json = JSON.createGenerator(unclosable(out), StandardCharsets.UTF_8)) {
            new Writing(casePackage, json).write();
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** One package being written. */
    private static final class Writing {

        private final CasePackage casePackage;
        private final JsonGenerator json;
        private final CaseDocument document;
        private final Map<String, CaseItem> items = new HashMap<>();

        Writing(CasePackage casePackage, JsonGenerator json) {
            this.casePackage = casePackage;
            this.json = json;
            this.document = casePackage.document();
            casePackage.items().forEach(item -> items.put(CaseValidator.key(item.identifier()), item));
        }

        void write() {
            json.writeStartObject();
            json.writeStartObject("CFDocument");
            field("identifier", document.identifier());
            field("uri", uri(document.identifier(), document.uri()));
            link("CFPackageURI", document.title(), document.identifier(), uri(document.identifier(), document.uri()));
            field("creator", document.creator());
            field("title", document.title());
            field("lastChangeDateTime", CaseDateTime.withOffset(document.lastChangeDateTime()));
            field("publisher", document.publisher());
            field("description", document.description());
            field("language", document.language());
            field("version", document.version());
            field("adoptionStatus", document.adoptionStatus());
            json.writeEnd();
            json.writeStartArray("CFItems");
            casePackage.items().forEach(this::item);
            json.writeEnd();
            json.writeStartArray("CFAssociations");
            casePackage.associations().forEach(this::association);
            json.writeEnd();
            json.writeEnd();
        }

        private void item(CaseItem item) {
            json.writeStartObject();
            field("identifier", item.identifier());
            field("uri", uri(item.identifier(), item.uri()));
            documentLink();
            field("fullStatement", item.fullStatement());
            field("abbreviatedStatement", item.abbreviatedStatement());
            field("humanCodingScheme", item.humanCodingScheme());
            field("listEnumeration", item.listEnumeration());
            field("CFItemType", item.itemType());
            if (!item.educationLevel().isEmpty()) {
                json.writeStartArray("educationLevel");
                item.educationLevel().forEach(json::write);
                json.writeEnd();
            }
            field("language", item.language());
            field("notes", item.notes());
            field("lastChangeDateTime", CaseDateTime.withOffset(item.lastChangeDateTime()));
            json.writeEnd();
        }

        private void association(CaseAssociation association) {
            json.writeStartObject();
            field("identifier", association.identifier());
            field("uri", uri(association.identifier(), association.uri()));
            documentLink();
            field("associationType", association.associationType());
            if (association.sequenceNumber() != null) {
                json.write("sequenceNumber", association.sequenceNumber());
            }
            node("originNodeURI", association.origin());
            node("destinationNodeURI", association.destination());
            field("lastChangeDateTime", CaseDateTime.withOffset(association.lastChangeDateTime()));
            json.writeEnd();
        }

        /**
         * A LinkGenURI; what the reference lacks comes from the node it names.
         * A node outside the package always has a uri (the validator sees to
         * that), so a reference without one names an item or the document.
         */
        private void node(String name, NodeRef node) {
            CaseItem item = items.get(CaseValidator.key(node.identifier()));
            String uri = node.uri() != null ? node.uri()
                    : item != null ? uri(item.identifier(), item.uri())
                    : uri(document.identifier(), document.uri());
            String title = node.title() != null ? node.title()
                    : item != null ? label(item)
                    : CaseValidator.key(node.identifier()).equals(CaseValidator.key(document.identifier()))
                            ? document.title() : node.identifier();
            link(name, title, node.identifier(), uri);
        }

        private void documentLink() {
            link("CFDocumentURI", document.title(), document.identifier(), uri(document.identifier(), document.uri()));
        }

        private void link(String name, String title, String identifier, String uri) {
            json.writeStartObject(name);
            field("title", title);
            field("identifier", identifier);
            field("uri", uri);
            json.writeEnd();
        }

        private void field(String name, String value) {
            if (value != null) {
                json.write(name, value);
            }
        }

        private static String uri(String identifier, String uri) {
            return uri != null ? uri : "urn:uuid:" + identifier;
        }

        private static String label(CaseItem item) {
            return item.humanCodingScheme() != null ? item.humanCodingScheme() : item.fullStatement();
        }
    }
}

package org.peaceops.cadre.platform.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.peaceops.cadre.platform.persistence.PageRequest;

/**
 * What the operations of the API share by convention, declared once in the
 * document's components and referred to from each operation:
 * <ul>
 * <li>the problem answers ({@link Problem} as {@code application/problem+json}): 400 when the operation
 * takes input, 401 and 403 when it needs a signed-in caller, 404 when its path names a record, 409 when
 * it changes something (a stale {@code version}, a duplicate, a rule of the record's state);</li>
 * <li>{@code offset}, {@code limit} and {@code sort} on every list that answers a {@code Page}
 * ({@link PageParameters}, which Payara's scanner does not read).</li>
 * </ul>
 * An answer that an operation declares itself is kept.
 */
final class OperationConventions {

    private static final String PAGE = "#/components/schemas/Page";

    private enum Answer {
        BAD_REQUEST("400", "BadRequest", "The request is invalid; errors names each invalid field"),
        UNAUTHORIZED("401", "Unauthorized", "Not signed in, or wrong credentials"),
        FORBIDDEN("403", "Forbidden", "The caller's roles do not allow this"),
        NOT_FOUND("404", "NotFound", "No such record, or none that the caller may see"),
        CONFLICT("409", "Conflict",
                "The record changed since it was read (send the version you read), or the change breaks a rule");

        final String code;
        final String name;
        final String description;

        Answer(String code, String name, String description) {
            this.code = code;
            this.name = name;
            this.description = description;
        }

        APIResponse definition() {
            Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
            MediaType mediaType = OASFactory.createMediaType().schema(problem);
            Content content = OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, mediaType);
            return OASFactory.createAPIResponse().description(description).content(content);
        }

        APIResponse reference() {
            return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
        }
    }

    private OperationConventions() {
    }

    static void apply(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        for (Answer answer : Answer.values()) {
            components.addResponse(answer.name, answer.definition());
        }
        pagingParameters(components);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (answersPage(operation)) {
                for (String parameter : List.of("offset", "limit", "sort")) {
                    operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + parameter));
                }
            }
            if (operation.getRequestBody() != null
                    || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                answer(operation, Answer.BAD_REQUEST);
            }
            if (needsSignIn(api, operation)) {
                answer(operation, Answer.UNAUTHORIZED);
                answer(operation, Answer.FORBIDDEN);
            }
            if (path.contains("{")) {
                answer(operation, Answer.NOT_FOUND);
            }
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                    && method != PathItem.HttpMethod.OPTIONS) {
                answer(operation, Answer.CONFLICT);
            }
        }));
    }

    private static void answer(Operation operation, Answer answer) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(answer.code)) {
            operation.getResponses().addAPIResponse(answer.code, answer.reference());
        }
    }

    /**
     * An operation needs a signed-in caller unless its security (else the
     * API's) holds an empty requirement, OpenAPI's sign for "anonymous too".
     */
    private static boolean needsSignIn(OpenAPI api, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() == null || operation.getSecurity().isEmpty()
                ? api.getSecurity() : operation.getSecurity();
        return security != null && !security.isEmpty()
                && security.stream().allMatch(requirement -> requirement.getSchemes() != null
                        && !requirement.getSchemes().isEmpty());
    }

    private static boolean answersPage(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return false;
        }
        return operation.getResponses().getAPIResponses().values().stream()
                .map(APIResponse::getContent).filter(Objects::nonNull)
                .map(Content::getMediaTypes).filter(Objects::nonNull)
                .map(Map::values).flatMap(java.util.Collection::stream)
                .map(MediaType::getSchema).filter(Objects::nonNull)
                .anyMatch(schema -> PAGE.equals(schema.getRef()));
    }

    private static void pagingParameters(Components components) {
        components.addParameter("offset", query("offset", "How many items of the list to skip",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO).defaultValue(0)));
        components.addParameter("limit", query("limit", "How many items to answer at most",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT)).defaultValue(20)));
        components.addParameter("sort", query("sort", "The field to sort by; -field sorts descending. "
                + "Any other query parameter filters on the field of its name",
                OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema);
    }
}

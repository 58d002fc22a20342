package org.peaceops.cadre.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem description. {@code errors} names each invalid field of
 * the request, so that a client can show the message beside it.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem description, in the caller's language")
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    @Schema(name = "FieldError", description = "What is wrong with one field of the request")
    public record FieldError(String field, String message) {
    }
}

package org.peaceops.cadre.platform.rest;

import java.util.List;

/**
 * An RFC 9457 problem description. {@code errors} names each invalid field of
 * the request, so that a client can show the message beside it.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}

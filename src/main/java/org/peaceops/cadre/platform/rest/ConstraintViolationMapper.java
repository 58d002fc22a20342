package org.peaceops.cadre.platform.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peaceops.cadre.platform.i18n.ViolationMessages;

/**
 * Bean Validation failures (from a resource's or a service's parameters) as a
 * 400 problem listing every invalid field by its name in the request body.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Inject
    ValidatorFactory validatorFactory;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = CallerLanguage.of(headers);
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(ViolationMessages.field(violation),
                        ViolationMessages.message(validatorFactory, violation, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return Problems.response(Response.Status.BAD_REQUEST, locale, "problem.invalid", detail, errors);
    }
}

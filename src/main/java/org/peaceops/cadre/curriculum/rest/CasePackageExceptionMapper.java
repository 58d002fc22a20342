package org.peaceops.cadre.curriculum.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.peaceops.cadre.curriculum.exchange.CasePackageException;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.rest.Problem;
import org.peaceops.cadre.platform.rest.Problems;

/** A refused CASE package: 400, each problem named by its JSON Pointer in the file. */
@Provider
public class CasePackageExceptionMapper implements ExceptionMapper<CasePackageException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CasePackageException exception) {
        Locale locale = CallerLanguage.of(headers);
        List<Problem.FieldError> errors = exception.problems().stream()
                .map(p -> new Problem.FieldError(p.pointer(),
                        Messages.format(locale, p.messageKey(), p.arguments().toArray())))
                .toList();
        String detail = errors.isEmpty() ? null
                : Messages.format(locale, "case.problemAt", errors.get(0).message(), errors.get(0).field());
        return Problems.response(Response.Status.BAD_REQUEST, locale, "problem.invalid", detail, errors);
    }
}

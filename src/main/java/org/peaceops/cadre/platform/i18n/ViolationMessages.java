package org.peaceops.cadre.platform.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * Bean Validation failures as a reader sees them: the field a user typed into
 * and the message in the reader's language, not the server's.
 */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    /** The violation's message interpolated for {@code locale}. */
    public static String message(ValidatorFactory factory, ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("no provider-specific context");
            }
        };
        try {
            return factory.getMessageInterpolator().interpolate(violation.getMessageTemplate(), context, locale);
        } catch (RuntimeException interpolationFailed) {
            return violation.getMessage();
        }
    }

    /**
     * The property names of the path, e.g. {@code create.details.name} becomes
     * {@code name}: method and parameter names mean nothing to a reader.
     */
    public static String field(ConstraintViolation<?> violation) {
        List<String> names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .toList();
        return names.isEmpty() ? "request" : String.join(".", names);
    }
}

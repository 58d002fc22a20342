package org.peaceops.cadre.curriculum.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Typed reading of one JSON object of a package. A field of the wrong type is
 * reported and read as absent, so reading goes on and finds the other problems.
 */
final class JsonFields {

    private final String pointer;
    private final JsonObject object;
    private final ProblemList problems;

    JsonFields(String pointer, JsonObject object, ProblemList problems) {
        this.pointer = pointer;
        this.object = object;
        this.problems = problems;
    }

    /** A text field; a number is taken as its text because some tools write list enumerations as numbers. */
    String string(String name) {
        JsonValue value = present(name);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value == null ? null : wrongType(name, "string");
    }

    /** A whole number; digits in a string are accepted as tools disagree on the type of sequenceNumber. */
    Integer integer(String name) {
        JsonValue value = present(name);
        try {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue().intValueExact();
            }
            if (value instanceof JsonString text && text.getString().strip().matches("-?\\d{1,10}")) {
                return Integer.valueOf(text.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException tooBigOrFractional) {
            // reported below
        }
        return value == null ? null : wrongType(name, "integer");
    }

    /**
     * A list of texts under the first of the names present. CASE gives an array;
     * OpenSALT's older exports give one comma-separated string.
     */
    List<String> strings(String... names) {
        String name = Arrays.stream(names).filter(object::containsKey).findFirst().orElse(names[0]);
        JsonValue value = present(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString text) {
            return Arrays.stream(text.getString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (!(value instanceof JsonArray array)) {
            wrongType(name, "array");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString text) {
                texts.add(text.getString());
            } else {
                problems.add(pointer + "/" + name + "/" + i, CaseProblem.WRONG_TYPE, name, "string");
            }
        }
        return texts;
    }

    /** A nested object, or null when absent. */
    JsonFields object(String name) {
        JsonValue value = present(name);
        if (value instanceof JsonObject nested) {
            return new JsonFields(pointer + "/" + name, nested, problems);
        }
        return value == null ? null : wrongType(name, "object");
    }

    /** The objects of an array field, each read by {@code reader}; an absent array is empty. */
    <T> List<T> objects(String name, Reader<T> reader) {
        JsonValue value = present(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            wrongType(name, "array");
            return List.of();
        }
        List<T> read = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = pointer + "/" + name + "/" + i;
            if (array.get(i) instanceof JsonObject element) {
                read.add(reader.read(new JsonFields(at, element, problems)));
            } else {
                problems.add(at, CaseProblem.WRONG_TYPE, name, "object");
            }
        }
        return read;
    }

    /** The value of a field, or null when it is absent or JSON null, which CASE treats alike. */
    private JsonValue present(String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private <T> T wrongType(String name, String expected) {
        problems.add(pointer + "/" + name, CaseProblem.WRONG_TYPE, name, expected);
        return null;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(JsonFields fields);
    }
}

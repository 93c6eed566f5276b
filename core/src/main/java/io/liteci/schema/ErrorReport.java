package io.liteci.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.liteci.model.Durations;
import io.liteci.problem.Problem;
import io.liteci.problem.Suggestions;
import io.liteci.yaml.Pointers;
import io.liteci.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns JSON Schema validation errors into problems that point at the line the user wrote and say,
 * in plain words, what was expected.
 */
final class ErrorReport {

    private final YamlDocument document;

    private final List<Object> base;

    private final JsonNode schemaRoot;

    /**
     * @param document the document validated
     * @param base the path of the validated node inside the document
     * @param schemaRoot the schema it was validated against, to name the fields it knows
     */
    ErrorReport(YamlDocument document, List<Object> base, JsonNode schemaRoot) {
        this.document = document;
        this.base = base;
        this.schemaRoot = schemaRoot;
    }

    List<Problem> problems(List<Error> errors) {
        return findings(errors).stream().map(Finding::problem).toList();
    }

    List<Finding> findings(List<Error> errors) {
        List<Finding> findings = new ArrayList<>();
        for (Error error : errors) {
            findings.add(finding(error));
        }
        findings.sort(Comparator.comparingInt((Finding finding) -> finding.problem().line())
                .thenComparingInt(finding -> finding.problem().column()));
        return findings;
    }

    private Finding finding(Error error) {
        List<Object> path = new ArrayList<>(base);
        path.addAll(Pointers.segments(error.getInstanceLocation().toString()));
        String keyword = error.getKeyword();
        String field = error.getProperty();
        if ("additionalProperties".equals(keyword) && field != null) {
            path.add(field);
        }
        Problem problem = Problem.at(document.file(), document.sourceMap().position(path), describe(error, path));
        return new Finding(List.copyOf(path), problem);
    }

    private String describe(Error error, List<Object> path) {
        String where = "'" + readable(path) + "'";
        String field = error.getProperty();
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        return switch (error.getKeyword()) {
            case "required" -> "missing required field '" + field + "' in " + where;
            case "additionalProperties" -> unknownField(error, field, path);
            case "type" -> isTimeout(path) && error.getInstanceNode().isNumber()
                    ? Durations.bareNumberMessage(error.getInstanceNode().asText(), readable(path))
                    : where + " must be " + article(arguments[1]) + ", found " + article(arguments[0]);
            case "pattern" -> isTimeout(path)
                    ? Durations.malformedMessage(error.getInstanceNode().asText(), readable(path))
                    : where + " is '" + error.getInstanceNode().asText() + "', which does not match the "
                            + "pattern " + arguments[0];
            case "enum" -> where + " is " + error.getInstanceNode() + "; expected one of "
                    + String.join(", ", enumValues(error)) + "."
                    + Suggestions.didYouMean(error.getInstanceNode().asText(), enumValues(error));
            case "const" -> where + " must be " + error.getSchemaNode() + ", found " + error.getInstanceNode();
            case "minItems" -> where + " must hold at least " + count(arguments[0], "item") + ", found "
                    + arguments[1];
            case "maxItems" -> where + " may hold at most " + count(arguments[0], "item") + ", found "
                    + arguments[1];
            case "minProperties" -> where + " must hold at least " + count(arguments[0], "field") + ", found "
                    + error.getInstanceNode().size();
            case "maxProperties" -> where + " may hold at most " + count(arguments[0], "field") + ", found "
                    + error.getInstanceNode().size();
            case "minimum" -> where + " is " + error.getInstanceNode() + "; the least allowed is " + arguments[0];
            case "maximum" -> where + " is " + error.getInstanceNode() + "; the most allowed is " + arguments[0];
            case "exclusiveMinimum" -> where + " is " + error.getInstanceNode() + "; it must be more than "
                    + arguments[0];
            case "exclusiveMaximum" -> where + " is " + error.getInstanceNode() + "; it must be less than "
                    + arguments[0];
            default -> where + " " + error.getMessage();
        };
    }

    private String unknownField(Error error, String field, List<Object> path) {
        List<String> known = knownFields(error);
        String message = "unknown field '" + field + "' in '" + readable(path.subList(0, path.size() - 1)) + "'.";
        message += Suggestions.didYouMean(field, known);
        return known.isEmpty() ? message : message + " Known fields: " + String.join(", ", known);
    }

    /** The properties the schema object holding the failed keyword declares. */
    private List<String> knownFields(Error error) {
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        if (hash < 0) {
            return List.of();
        }
        List<Object> segments = Pointers.segments(location.substring(hash + 1));
        JsonNode node = schemaRoot;
        for (Object segment : segments.subList(0, Math.max(0, segments.size() - 1))) {
            node = segment instanceof Integer index ? node.path(index) : node.path(segment.toString());
        }
        List<String> names = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> enumValues(Error error) {
        List<String> values = new ArrayList<>();
        error.getSchemaNode().forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String count(Object number, String noun) {
        return number + " " + noun + ("1".equals(String.valueOf(number)) ? "" : "s");
    }

    private static boolean isTimeout(List<Object> path) {
        return !path.isEmpty() && "timeout".equals(path.get(path.size() - 1));
    }

    private static String article(Object type) {
        String word = String.valueOf(type);
        return (word.matches("^[aeiou].*") ? "an " : "a ") + word;
    }

    /** A path as a reader writes it: {@code spec.jobs[0].steps[1].timeout}. */
    static String readable(List<Object> path) {
        return path.stream()
                .map(segment -> segment instanceof Integer index ? "[" + index + "]" : "." + segment)
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}

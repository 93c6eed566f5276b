package io.liteci.schema;

import io.liteci.problem.Problem;
import java.util.List;

/**
 * A problem found by schema validation, with the path of the node it concerns.
 *
 * @param path the node's path from the document's root: field names and array indexes
 * @param problem the problem as reported
 */
public record Finding(List<Object> path, Problem problem) {
}

package io.liteci.yaml;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One document of a YAML file, as a Jackson tree together with where each of its nodes was written.
 *
 * @param file the file name used in messages
 * @param root the document's content
 * @param sourceMap the positions of the document's nodes
 */
public record YamlDocument(String file, JsonNode root, SourceMap sourceMap) {
}

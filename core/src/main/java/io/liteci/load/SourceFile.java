package io.liteci.load;

import java.io.Serializable;

/**
 * A file's name and content, read once and carried wherever it is needed (to an agent, for example).
 *
 * @param path the path shown in messages
 * @param content the file's text
 */
public record SourceFile(String path, String content) implements Serializable {
}

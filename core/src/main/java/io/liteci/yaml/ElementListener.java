package io.liteci.yaml;

import com.fasterxml.jackson.databind.JsonNode;

/** Told of each element of a sequence as soon as it has been read, before the rest of the file. */
@FunctionalInterface
public interface ElementListener {

    /** A listener that is told nothing. */
    ElementListener NONE = (root, index, element) -> { };

    /**
     * @param root the document's root as read so far, holding the fields written before the one being
     *     read; it is still being filled, so it is read only during this call, on the calling thread
     * @param index the element's index in the sequence
     * @param element the element, complete: the reader never changes it again
     */
    void element(JsonNode root, int index, JsonNode element);
}

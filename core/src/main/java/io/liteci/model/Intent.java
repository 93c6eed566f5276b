package io.liteci.model;

import java.util.List;

/**
 * What an application team asks for: named components of given types.
 *
 * @param name the intent's name
 * @param components the components, in the order written
 */
public record Intent(String name, List<Component> components) {

    public Intent {
        components = List.copyOf(components);
    }
}

package io.liteci.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes intents of any size over the bundled models, the same text for the same seed.
 *
 * <p>Components are laid out in layers, listed layer by layer. Each one after the first layer depends
 * on one to four components of earlier layers: mostly of the layer just before (fan-out), sometimes on
 * one of a few hubs of each layer that many components share (fan-in).
 */
public final class IntentGenerator {

    /** The bundled models the components use, in the order their types are drawn from. */
    static final List<String> TYPES = List.of("helm", "helmCommon", "terraform", "charts");

    private static final int LAYERS = 10;

    private static final int HUBS_PER_LAYER = 5;

    private final long seed;

    /** A generator whose intents depend on nothing but {@code seed}. */
    public IntentGenerator(long seed) {
        this.seed = seed;
    }

    /** The intent's YAML text with {@code size} components. */
    public String intent(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an intent needs at least one component");
        }
        Random random = new Random(seed ^ size);
        Inputs inputs = new Inputs(random);
        StringBuilder yaml = new StringBuilder(size * 600);
        yaml.append("apiVersion: liteci.io/v1\nkind: Intent\nmetadata:\n  name: bench-").append(size)
                .append("\n  description: Generated with seed ").append(seed).append("\nspec:\n  components:\n");
        List<String> names = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            String name = Inputs.word(type) + "-" + String.format("%05d", i);
            names.add(name);
            yaml.append("    - name: ").append(name).append('\n');
            yaml.append("      type: ").append(type).append('\n');
            if (random.nextInt(10) < 3) {
                yaml.append("      job: ").append(Inputs.job(type, random)).append('\n');
            }
            List<String> dependsOn = dependencies(i, size, names, random);
            if (!dependsOn.isEmpty()) {
                yaml.append("      dependsOn: [").append(String.join(", ", dependsOn)).append("]\n");
            }
            yaml.append("      inputs:\n");
            inputs.write(type, name, yaml);
        }
        return yaml.toString();
    }

    /** The components that component {@code index} depends on, all listed before it. */
    private static List<String> dependencies(int index, int size, List<String> names, Random random) {
        int layer = layer(index, size);
        if (layer == 0) {
            return List.of();
        }
        int previousStart = start(layer - 1, size);
        int previousEnd = start(layer, size);
        int count = 1 + random.nextInt(4);
        Set<String> chosen = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 2 * count && chosen.size() < count; attempt++) {
            if (random.nextInt(10) < 3) {
                int hubLayer = random.nextInt(layer);
                int hubStart = start(hubLayer, size);
                int hubs = Math.min(HUBS_PER_LAYER, start(hubLayer + 1, size) - hubStart);
                chosen.add(names.get(hubStart + random.nextInt(hubs)));
            } else {
                chosen.add(names.get(previousStart + random.nextInt(previousEnd - previousStart)));
            }
        }
        return new ArrayList<>(chosen);
    }

    private static int layer(int index, int size) {
        int layers = Math.min(LAYERS, size);
        return (int) ((long) index * layers / size);
    }

    /** The index of the first component of a layer. */
    private static int start(int layer, int size) {
        int layers = Math.min(LAYERS, size);
        return (int) (((long) layer * size + layers - 1) / layers);
    }
}

package io.liteci.cli;

import io.liteci.Engine;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.yaml.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where models come from and how large a file may be.
 */
final class ModelOptions {

    @Option(names = "--models", paramLabel = "DIR",
            description = "A directory of models, after the bundled ones; repeatable, later ones override.")
    private List<Path> locations = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Leave out the models bundled with LiteCI.")
    private boolean noBundled;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The largest YAML file read, e.g. 64MiB (default), 500KiB or 1048576.")
    private long maxFileSize = Limits.DEFAULT_MAX_FILE_BYTES;

    /** The limits the options set. */
    Limits limits() {
        return Limits.DEFAULT.withMaxFileBytes(maxFileSize);
    }

    /** Loads the engine with the bundled models first, then every {@code --models} directory in order. */
    Engine engine() {
        List<ModelLocation> all = new ArrayList<>();
        if (!noBundled) {
            all.add(ModelLocations.bundled());
        }
        locations.forEach(location -> all.add(ModelLocations.read(location, limits())));
        return Engine.load(all, limits());
    }

    /** Reads sizes such as {@code 64MiB}, {@code 500KiB} or a plain number of bytes. */
    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Long> {

        @Override
        public Long convert(String text) {
            String value = text.strip().toLowerCase(Locale.ROOT);
            long unit = 1;
            for (String[] suffix : new String[][] {{"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"}}) {
                if (value.endsWith(suffix[0])) {
                    unit = Long.parseLong(suffix[1]);
                    value = value.substring(0, value.length() - suffix[0].length()).strip();
                }
            }
            try {
                long size = Math.multiplyExact(Long.parseLong(value), unit);
                if (size <= 0 || size > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("must be between 1 byte and 2GiB");
                }
                return size;
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("'" + text + "' is not a size such as 64MiB, 500KiB or 1048576");
            }
        }
    }
}

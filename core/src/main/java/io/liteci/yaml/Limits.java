package io.liteci.yaml;

import java.io.Serializable;

/**
 * Bounds on the YAML the engine accepts, so that oversized or hostile files are refused quickly.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxDepth the deepest nesting of mappings and sequences
 * @param maxAliasNodes how many nodes YAML aliases may repeat in one file, in total
 */
public record Limits(long maxFileBytes, int maxDepth, long maxAliasNodes) implements Serializable {

    /** 64 MiB: room for an intent of well over 100,000 components. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The limits used unless configured otherwise. */
    public static final Limits DEFAULT = new Limits(DEFAULT_MAX_FILE_BYTES, 64, 100_000);

    public Limits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxAliasNodes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxFileBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the largest file size that can be read is 2 GiB");
        }
    }

    /** The same limits with another largest file size. */
    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxAliasNodes);
    }
}

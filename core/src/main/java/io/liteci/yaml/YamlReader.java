package io.liteci.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.liteci.problem.FileFailure;
import io.liteci.problem.Problem;
import io.liteci.problem.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML files into {@link YamlDocument}s within the configured {@link Limits}.
 *
 * <p>Malformed or hostile YAML gives a {@link Problem} with the file, line and column, never an
 * exception.
 */
public final class YamlReader {

    private final Limits limits;

    private final YAMLFactory factory;

    /** A reader that enforces the given limits. */
    public YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        // The tree builder enforces the depth with its own message; these bounds only back it up.
        options.setNestingDepthLimit(limits.maxDepth() + 10);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 10)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                        .maxDocumentLength(limits.maxFileBytes())
                        .build())
                .build();
    }

    /** The limits this reader enforces. */
    public Limits limits() {
        return limits;
    }

    /** Reads every document of a file given as bytes. */
    public Parsed read(String file, byte[] content) {
        if (content.length > limits.maxFileBytes()) {
            return tooLarge(file, content.length);
        }
        return read(file, new String(content, StandardCharsets.UTF_8));
    }

    /**
     * Reads every document of a file given as bytes, telling {@code listener} of each element of the
     * sequence at {@code sequence} (keys from the root) in the first document as soon as it has been read.
     */
    public Parsed read(String file, byte[] content, List<String> sequence, ElementListener listener) {
        if (content.length > limits.maxFileBytes()) {
            return tooLarge(file, content.length);
        }
        return read(file, new String(content, StandardCharsets.UTF_8), false, sequence, listener);
    }

    /** Reads every document of a file given as text. */
    public Parsed read(String file, String content) {
        if (content.length() > limits.maxFileBytes()) {
            return tooLarge(file, content.length());
        }
        return read(file, content, false, List.of(), ElementListener.NONE);
    }

    /**
     * Reads the documents, recording the positions of their nodes only when {@code recording}; otherwise
     * the positions come from a second reading, if a problem ever needs one, and the elements of the
     * sequence at {@code sequence} in the first document are told to {@code listener} as they are read.
     */
    private Parsed read(String file, String content, boolean recording, List<String> sequence,
            ElementListener listener) {
        try (YAMLParser parser = factory.createParser(content)) {
            TreeBuilder builder = recording ? new TreeBuilder(parser, limits)
                    : new TreeBuilder(parser, limits, index -> recorded(file, content).documents().get(index)
                            .sourceMap()).watching(sequence, listener);
            return new Parsed(builder.documents(file), List.of());
        } catch (TreeBuilder.PositionsNeeded needed) {
            return recorded(file, content);
        } catch (TreeBuilder.Refused refused) {
            return failed(Problem.at(file, refused.position(), refused.getMessage()));
        } catch (JsonProcessingException malformed) {
            return failed(malformed(file, malformed));
        } catch (IOException unreadable) {
            return failed(FileFailure.unreadable(file, unreadable));
        }
    }

    private Parsed recorded(String file, String content) {
        return read(file, content, true, List.of(), ElementListener.NONE);
    }

    /** The problem SnakeYAML found, in its own words and at its own position where it gives them. */
    private static Problem malformed(String file, JsonProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
                return Problem.at(file, new SourcePosition(marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1), "malformed YAML: " + marked.getProblem() + context);
            }
        }
        return Problem.at(file, positionOf(exception.getLocation()),
                "malformed YAML: " + firstLine(exception.getOriginalMessage()));
    }

    private Parsed tooLarge(String file, long size) {
        return failed(FileFailure.tooLarge(file, size, limits.maxFileBytes()));
    }

    private static Parsed failed(Problem problem) {
        return new Parsed(List.of(), List.of(problem));
    }

    static SourcePosition positionOf(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable content" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    /**
     * What a file yielded: its documents, or the problem that stopped reading it.
     *
     * @param documents the documents, in file order
     * @param problems the problems; when not empty, no document is returned
     */
    public record Parsed(List<YamlDocument> documents, List<Problem> problems) {

        /** Whether the file was read without problems. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Positions the parser reports, for the tree builder. */
    static SourcePosition position(JsonParser parser) {
        return positionOf(parser.currentTokenLocation());
    }
}

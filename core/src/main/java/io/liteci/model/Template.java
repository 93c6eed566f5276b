package io.liteci.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with {@code {{ ... }}} placeholders, as written in a step's command or environment.
 *
 * @param text the text as written
 * @param parts literal text and placeholders, in order
 */
public record Template(String text, List<Part> parts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private static final Pattern INPUT = Pattern.compile("^inputs((?:\\.[A-Za-z0-9_-]+)+)$");

    private static final List<String> NAMED = List.of("component.name", "component.type", "intent.name",
            "job.name");

    public Template {
        parts = List.copyOf(parts);
    }

    /** A piece of a template. */
    public sealed interface Part permits Literal, Placeholder {
    }

    /** Text copied as it is. */
    public record Literal(String text) implements Part {
    }

    /**
     * A placeholder: either an input ({@code inputs.a.b}, with path {@code [a, b]}) or a named value.
     *
     * @param expression the text between the braces, trimmed
     * @param inputPath the input's path, empty for a named value
     */
    public record Placeholder(String expression, List<String> inputPath) implements Part {

        /** Whether the placeholder stands for an input. */
        public boolean isInput() {
            return !inputPath.isEmpty();
        }
    }

    /**
     * Reads a template. A command ({@code shell} true) may not put a placeholder inside quotes, since
     * substituted values are quoted for the shell already.
     *
     * @return the template, or the reason it is refused
     */
    public static Parsed parse(String text, boolean shell) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        QuoteState quotes = new QuoteState();
        int from = 0;
        while (matcher.find()) {
            String literal = text.substring(from, matcher.start());
            quotes.scan(literal);
            parts.add(new Literal(literal));
            String expression = matcher.group(1);
            Optional<Placeholder> placeholder = placeholder(expression);
            if (placeholder.isEmpty()) {
                return Parsed.refused("unknown placeholder '" + matcher.group() + "'; placeholders are"
                        + " {{ inputs.NAME }}, {{ " + String.join(" }}, {{ ", NAMED) + " }}");
            }
            if (shell && quotes.inside()) {
                return Parsed.refused("placeholder '" + matcher.group() + "' is inside quotes; write it bare,"
                        + " LiteCI quotes substituted values for the shell itself");
            }
            parts.add(placeholder.get());
            from = matcher.end();
        }
        parts.add(new Literal(text.substring(from)));
        parts.removeIf(part -> part instanceof Literal literal && literal.text().isEmpty());
        return new Parsed(Optional.of(new Template(text, parts)), "");
    }

    /** The placeholders, in order. */
    public List<Placeholder> placeholders() {
        return parts.stream()
                .filter(Placeholder.class::isInstance)
                .map(Placeholder.class::cast)
                .toList();
    }

    /** The text with each placeholder replaced by what {@code value} gives for it. */
    public String render(Function<Placeholder, String> value) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                out.append(value.apply((Placeholder) part));
            }
        }
        return out.toString();
    }

    private static Optional<Placeholder> placeholder(String expression) {
        if (NAMED.contains(expression)) {
            return Optional.of(new Placeholder(expression, List.of()));
        }
        Matcher input = INPUT.matcher(expression);
        if (!input.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Placeholder(expression, List.of(input.group(1).substring(1).split("\\."))));
    }

    /**
     * The result of reading a template.
     *
     * @param template the template, when it was accepted
     * @param reason why it was refused, or empty
     */
    public record Parsed(Optional<Template> template, String reason) {

        static Parsed refused(String reason) {
            return new Parsed(Optional.empty(), reason);
        }
    }

    /** Follows POSIX shell quoting through literal text. */
    private static final class QuoteState {

        private boolean single;

        private boolean quoted;

        private boolean escaped;

        void scan(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (escaped) {
                    escaped = false;
                } else if (single) {
                    single = c != '\'';
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\'' && !quoted) {
                    single = true;
                }
            }
        }

        boolean inside() {
            return single || quoted;
        }
    }
}

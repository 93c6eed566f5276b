package io.jenkins.plugins.liteci;

import com.cloudbees.groovy.cps.Continuable;
import com.cloudbees.groovy.cps.ObjectInputStreamWithLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/**
 * Saves the whole paused program and restores a copy of it, as Jenkins does whenever a step pauses and
 * again when it resumes after a restart. The run goes on from the copy, so state that does not survive
 * the trip breaks the run as it would break the build.
 */
final class CpsChecker {

    private final ClassLoader loader;

    CpsChecker(ClassLoader loader) {
        this.loader = loader;
    }

    /** Returns the restored copy, or throws {@link CpsViolation} naming the path to what cannot be saved. */
    Continuable roundTrip(Continuable program, Object pausedAt) {
        return restore(save(program, pausedAt));
    }

    private static byte[] save(Continuable program, Object pausedAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(program);
        } catch (NotSerializableException e) {
            throw new CpsViolation(pausedAt, e, program.getStackTrace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Continuable restore(byte[] saved) {
        try (ObjectInputStream in = new ObjectInputStreamWithLoader(new ByteArrayInputStream(saved), loader)) {
            return (Continuable) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

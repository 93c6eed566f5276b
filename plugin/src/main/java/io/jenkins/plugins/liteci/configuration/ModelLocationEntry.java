package io.jenkins.plugins.liteci.configuration;

import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.problem.Problem;
import io.liteci.yaml.Limits;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A directory of models on the controller, as configured by an administrator.
 */
public final class ModelLocationEntry implements Describable<ModelLocationEntry> {

    private final String path;

    /** A location at the given directory; surrounding blanks are dropped. */
    @DataBoundConstructor
    public ModelLocationEntry(String path) {
        this.path = Util.fixNull(path).strip();
    }

    /** The directory, as written. */
    public String getPath() {
        return path;
    }

    /** Reads the directory; a blank, malformed or missing path gives a location holding the problem. */
    public ModelLocation read(Limits limits) {
        if (path.isEmpty()) {
            return unreadable(Messages.ModelLocationEntry_Blank());
        }
        try {
            return ModelLocations.read(Path.of(path), limits);
        } catch (InvalidPathException e) {
            return unreadable(Messages.ModelLocationEntry_Malformed(path, e.getReason()));
        }
    }

    /** Whether the path is relative, and so resolved against the controller's working directory. */
    boolean isRelative() {
        try {
            return !path.isEmpty() && !Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private ModelLocation unreadable(String message) {
        return new ModelLocation(path, List.of(), List.of(), List.of(Problem.general(message)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelLocationEntry entry && entry.path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path);
    }

    @Override
    public String toString() {
        return path;
    }

    /** Describes a model location and checks its directory as the administrator types it. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<ModelLocationEntry> {

        @Override
        public String getDisplayName() {
            return Messages.ModelLocationEntry_DisplayName();
        }

        /** Says whether the directory exists and what it holds; only administrators may ask. */
        @POST
        public FormValidation doCheckPath(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);

            return LocationCheck.of(value, LiteciConfiguration.get().checkContext());
        }
    }
}

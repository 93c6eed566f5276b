package io.jenkins.plugins.liteci.configuration;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.BulkChange;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.security.Permission;
import io.liteci.Engine;
import io.liteci.load.ModelLocation;
import io.liteci.load.ModelLocations;
import io.liteci.load.ModelRegistry;
import io.liteci.yaml.Limits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Where LiteCI finds its models: the bundled ones, then an ordered list of directories on the controller.
 */
@Extension
@Symbol("liteci")
public final class LiteciConfiguration extends GlobalConfiguration {

    private static final Logger LOGGER = Logger.getLogger(LiteciConfiguration.class.getName());

    private volatile List<ModelLocationEntry> locations = new ArrayList<>();

    private volatile boolean includeBundled = true;

    /** Reads the saved configuration. */
    public LiteciConfiguration() {
        load();
    }

    /** The configuration of this controller. */
    public static LiteciConfiguration get() {
        return ExtensionList.lookupSingleton(LiteciConfiguration.class);
    }

    /** The configured directories, in the order they are loaded. */
    public List<ModelLocationEntry> getLocations() {
        return List.copyOf(locations);
    }

    /** Replaces the configured directories. */
    @DataBoundSetter
    public void setLocations(List<ModelLocationEntry> locations) {
        this.locations = locations == null ? new ArrayList<>() : new ArrayList<>(locations);
        save();
    }

    /** Whether the models shipped with LiteCI are loaded before the configured directories. */
    public boolean isIncludeBundled() {
        return includeBundled;
    }

    /** Includes or leaves out the models shipped with LiteCI. */
    @DataBoundSetter
    public void setIncludeBundled(boolean includeBundled) {
        this.includeBundled = includeBundled;
        save();
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        try (BulkChange change = new BulkChange(this)) {
            // A list emptied in the form is left out of the JSON; binding alone would keep the old entries.
            locations = new ArrayList<>();
            req.bindJSON(this, json);
            change.commit();
        } catch (IOException e) {
            throw new FormException(e, "locations");
        }
        return true;
    }

    @Override
    public synchronized void save() {
        super.save();
        if (!BulkChange.contains(this)) {
            logLocations();
        }
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.LiteciConfiguration_DisplayName();
    }

    /** Only administrators see and change where models come from, since models run shell on agents. */
    @NonNull
    @Override
    public Permission getRequiredGlobalConfigPagePermission() {
        return Jenkins.ADMINISTER;
    }

    /** Reads the locations to load, in order: the bundled models when included, then each directory. */
    public List<ModelLocation> readLocations() {
        boolean bundled = includeBundled;
        List<ModelLocationEntry> entries = locations;

        List<ModelLocation> read = new ArrayList<>();
        if (bundled) {
            read.add(ModelLocations.bundled());
        }
        entries.forEach(entry -> read.add(entry.read(Limits.DEFAULT)));
        return List.copyOf(read);
    }

    /** The models and jobs that the saved configuration yields, read anew each time. */
    public JobsView jobsView() {
        return JobsView.of(Engine.load(readLocations(), Limits.DEFAULT).registry());
    }

    /** What a directory being typed in the form is checked against: the bundled models when included. */
    List<ModelLocation> checkContext() {
        return includeBundled ? List.of(ModelLocations.bundled()) : List.of();
    }

    private void logLocations() {
        List<ModelLocation> read = readLocations();
        ModelRegistry registry = Engine.load(read, Limits.DEFAULT).registry();
        LOGGER.log(Level.INFO, "LiteCI loads models from {0}: {1} models, {2} not loaded",
                new Object[] {read.stream().map(ModelLocation::origin).collect(Collectors.joining(", ")),
                    registry.models().size(), registry.broken().size()});
        registry.problems().forEach(problem ->
                LOGGER.log(Level.WARNING, "LiteCI model problem: {0}", problem));
    }
}

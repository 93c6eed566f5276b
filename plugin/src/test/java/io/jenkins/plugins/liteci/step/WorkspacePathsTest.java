package io.jenkins.plugins.liteci.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePathsTest {

    @TempDir
    Path temp;

    private Path workspace;

    private Path outside;

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void createWorkspace() throws IOException {
        workspace = Files.createDirectories(temp.resolve("workspace"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(workspace.resolve("intent.yaml"), "intent");
        Files.writeString(outside.resolve("secret.yaml"), "secret");
    }

    @Test
    void shouldResolveAFileInsideTheWorkspace() throws IOException {
        assertThat(paths().file("intent", "intent.yaml", problems)).contains(workspace.toRealPath().resolve("intent.yaml"));
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldRefuseAnAbsolutePath() throws IOException {
        assertThat(paths().file("intent", workspace.resolve("intent.yaml").toString(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("is absolute");
    }

    @Test
    void shouldRefuseAParentSegmentEvenWhenItComesBackInside() throws IOException {
        assertThat(paths().file("intent", "../workspace/intent.yaml", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("contains '..'");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights on Windows")
    void shouldRefuseALinkToAFileOutside() throws IOException {
        Files.createSymbolicLink(workspace.resolve("linked.yaml"), outside.resolve("secret.yaml"));

        assertThat(paths().file("intent", "linked.yaml", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("leads outside the workspace");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights on Windows")
    void shouldAcceptALinkThatStaysInside() throws IOException {
        Files.createSymbolicLink(workspace.resolve("alias.yaml"), workspace.resolve("intent.yaml"));

        assertThat(paths().file("intent", "alias.yaml", problems)).isPresent();
        assertThat(problems).isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights on Windows")
    void shouldRefuseAModelDirectoryWhoseFileLinksOutside() throws IOException {
        Path model = Files.createDirectories(workspace.resolve("models/app"));
        Files.createSymbolicLink(model.resolve("job.yaml"), outside.resolve("secret.yaml"));

        assertThat(paths().directory("models", "models", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("app/job.yaml").contains("leads outside");
    }

    @Test
    void shouldRefuseAModelDirectoryThatIsAFile() throws IOException {
        assertThat(paths().directory("models", "intent.yaml", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("is not a directory");
    }

    @Test
    void shouldNameAMissingPath() throws IOException {
        assertThat(paths().file("intent", "missing.yaml", problems)).isEmpty();
        assertThat(problems).containsExactly("intent 'missing.yaml' does not exist in the workspace");
    }

    @Test
    void shouldAllowWritingIntoADirectoryThatDoesNotExistYet() throws IOException {
        assertThat(paths().target("planFile", "out/plans/plan.json", problems))
                .contains(workspace.toRealPath().resolve("out/plans/plan.json"));
        assertThat(problems).isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights on Windows")
    void shouldRefuseWritingThroughALinkedDirectory() throws IOException {
        Files.createSymbolicLink(workspace.resolve("out"), outside);

        assertThat(paths().target("planFile", "out/plan.json", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("leads outside the workspace");
    }

    @Test
    void shouldRefuseWritingOverADirectory() throws IOException {
        Files.createDirectories(workspace.resolve("plan.json"));

        assertThat(paths().target("planFile", "plan.json", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("is a directory");
    }

    private WorkspacePaths paths() throws IOException {
        return new WorkspacePaths(workspace);
    }
}

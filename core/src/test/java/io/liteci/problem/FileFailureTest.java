package io.liteci.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FileFailureTest {

    @Test
    void shouldWordFileFailuresAsAShellDoes() {
        assertThat(FileFailure.reason(new NoSuchFileException("/a"))).isEqualTo("no such file or directory");
        assertThat(FileFailure.reason(new AccessDeniedException("/a"))).isEqualTo("permission denied");
        assertThat(FileFailure.reason(new FileAlreadyExistsException("/a"))).isEqualTo("file exists");
        assertThat(FileFailure.reason(new FileSystemException("/a", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(FileFailure.reason(new IOException())).isEqualTo("IOException");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows refuses to open a directory as access denied")
    void shouldReportADirectoryReadAsAFile(@TempDir Path directory) {
        IOException failure = catchThrowableOfType(IOException.class, () -> Files.readAllBytes(directory));

        assertThat(FileFailure.unreadable("intent.yaml", failure))
                .hasToString("intent.yaml: cannot read: is a directory");
    }
}

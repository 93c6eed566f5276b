package io.liteci.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in the words of a shell rather than of an exception class.
 */
public final class FileFailure {

    private FileFailure() {
    }

    /** The reason, such as {@code permission denied} or {@code is a directory}, without the file's name. */
    public static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "file exists";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        String reason = failure instanceof FileSystemException file ? file.getReason() : failure.getMessage();
        if (reason == null || reason.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /** The problem of a file that could not be read. */
    public static Problem unreadable(String file, IOException failure) {
        return unreadable(file, reason(failure));
    }

    /** The problem of a file refused unread because it is larger than {@code limit} bytes. */
    public static Problem tooLarge(String file, long size, long limit) {
        return Problem.at(file, SourcePosition.UNKNOWN, "file of " + size + " bytes is larger than the limit of "
                + limit + " bytes");
    }

    /** The problem of a file that could not be read, for the given reason. */
    public static Problem unreadable(String file, String reason) {
        return Problem.at(file, SourcePosition.UNKNOWN, "cannot read: " + reason);
    }
}

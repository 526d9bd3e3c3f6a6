package org.smallwins.review;

import java.util.Objects;

/**
 * A file that goes with a reply: a chart to look at, or an export to keep. The reply's text is its caption.
 *
 * @param kind how a transport shows it (Telegram: a photo or a document)
 * @param fileName the name the person sees, e.g. {@code small-wins-export.md}
 * @param bytes the content
 */
public record Attachment(Kind kind, String fileName, byte[] bytes) {
    /** How the file is shown. */
    public enum Kind {
        IMAGE,
        DOCUMENT
    }

    public Attachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("an attachment needs a plain file name, got: " + fileName);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a
                && a.kind == kind
                && a.fileName.equals(fileName)
                && java.util.Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, fileName, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Attachment[" + kind + ", " + fileName + ", " + bytes.length + " bytes]";
    }
}

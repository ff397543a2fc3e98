package kz.appeals.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the documents of an import's lines are: inline in the line (base64), or, when the import
 * is a batch (a ZIP holding the NDJSON and the files), a file of the batch named by its path.
 */
interface ImportFiles {

    /**
     * A document's bytes, or why there are none: the field of the reference the error is about
     * ({@code .contentBase64} or {@code .path}, or empty for the reference itself) and the error.
     */
    record Content(byte[] bytes, String field, String error) {
        static Content of(byte[] bytes, String field) {
            return new Content(bytes, field, null);
        }

        static Content refused(String field, String error) {
            return new Content(null, field, error);
        }
    }

    /** The bytes of a line's document, read up to {@code maxSize} + 1 bytes (so that a larger one is told apart). */
    Content read(ImportLine.AttachmentRef ref, long maxSize) throws IOException;

    /** A plain NDJSON import: documents are inline, a path has nothing to point into. */
    ImportFiles INLINE = (ref, maxSize) -> {
        Content one = exactlyOne(ref);
        if (one != null) {
            return one;
        }
        if (byPath(ref)) {
            return Content.refused(".path", "names a file of a batch: upload the NDJSON and its files as a ZIP "
                    + "(Content-Type application/zip), or give the document inline as contentBase64");
        }
        return inline(ref);
    };

    /** Either contentBase64 or path; null when the reference gives exactly one. */
    static Content exactlyOne(ImportLine.AttachmentRef ref) {
        boolean inline = ref.contentBase64() != null && !ref.contentBase64().isBlank();
        return inline == byPath(ref) ? Content.refused("", "give either contentBase64 or path") : null;
    }

    static boolean byPath(ImportLine.AttachmentRef ref) {
        return ref.path() != null && !ref.path().isBlank();
    }

    static Content inline(ImportLine.AttachmentRef ref) {
        try {
            return Content.of(Base64.getDecoder().decode(ref.contentBase64()), ".contentBase64");
        } catch (IllegalArgumentException e) {
            return Content.refused(".contentBase64", "is not base64");
        }
    }

    /** The files of an uploaded batch: a path is relative to the ZIP's root, with '/' between folders. */
    final class Batch implements ImportFiles {
        private final ZipFile zip;

        Batch(ZipFile zip) {
            this.zip = zip;
        }

        @Override
        public Content read(ImportLine.AttachmentRef ref, long maxSize) throws IOException {
            Content one = exactlyOne(ref);
            if (one != null) {
                return one;
            }
            if (!byPath(ref)) {
                return inline(ref);
            }
            String path = ref.path();
            if (!safe(path)) {
                return Content.refused(".path", "must be a relative path inside the batch ('folder/file.pdf'), "
                        + "without '..', '.', empty parts, a leading '/' or '\\'");
            }
            ZipEntry entry = zip.getEntry(path);
            if (entry == null || entry.isDirectory()) {
                return Content.refused(".path", "no file " + path + " in the batch");
            }
            // the size in the entry's header is the uploader's word: count the bytes themselves
            try (InputStream in = zip.getInputStream(entry)) {
                return Content.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxSize + 1)), ".path");
            }
        }

        static boolean safe(String path) {
            if (path.isBlank() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
                return false;
            }
            for (String part : path.split("/", -1)) {
                if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                    return false;
                }
            }
            return true;
        }
    }
}

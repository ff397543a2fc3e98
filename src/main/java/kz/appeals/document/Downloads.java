package kz.appeals.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/** The answer that streams a document, for staff and for the tracking page alike. */
public final class Downloads {
    private Downloads() {
    }

    public static Response respond(AttachmentService.Download download, String ifNoneMatch) {
        AttachmentView view = download.view();
        String etag = view.etag();
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || java.util.Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        StreamingOutput body = out -> {
            // chunk by chunk from the store to the client: never the whole file in memory
            try (InputStream in = download.content().open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, view.contentType())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CONTENT_LENGTH, view.size())
                .header("Content-Disposition", FileNames.contentDisposition(view.fileName()))
                .build();
    }
}

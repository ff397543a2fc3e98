package kz.appeals.document;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.appeals.support.RawHttp;
import kz.appeals.support.Tokens;

/**
 * Uploads with a multipart body written out here byte for byte (the file name as browsers send it,
 * its UTF-8 bytes in the quoted string), sent with its Content-Length.
 */
final class AttachmentApi {
    static final String BOUNDARY = "appeals-test-boundary-7MA4YWxkTrZu0gW";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private AttachmentApi() {
    }

    static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    /** A body with the fields given (null: left out) and one file part (fileName null: no file part). */
    static byte[] body(String kind, String isPublic, String fileName, String declaredType, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (kind != null) {
            field(out, "kind", kind);
        }
        if (isPublic != null) {
            field(out, "public", isPublic);
        }
        if (fileName != null) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> upload(String token, long appealId, byte[] body) throws Exception {
        return RawHttp.post(uri("/api/v1/appeals/" + appealId + "/attachments"), token, MULTIPART, body, false);
    }

    static HttpResponse<String> upload(String user, long appealId, String kind, boolean isPublic, String fileName,
                                       byte[] content) throws Exception {
        String token = "portal".equals(user) ? Tokens.portal() : Tokens.of(user);
        return upload(token, appealId, body(kind, Boolean.toString(isPublic), fileName, "application/octet-stream", content));
    }

    /** An upload that must succeed: the answer's body. */
    static JsonPath uploaded(String user, long appealId, String kind, boolean isPublic, String fileName, byte[] content)
            throws Exception {
        HttpResponse<String> response = upload(user, appealId, kind, isPublic, fileName, content);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return JsonPath.from(response.body());
    }
}

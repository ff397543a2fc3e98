package kz.appeals.intake;

import static kz.appeals.support.RawHttp.assertTooLarge;
import static kz.appeals.support.RawHttp.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON import has its own cap (appeals.http.max-import-body; the test profile sets it low
 * enough to pass in a test), larger than the JSON cap, enforced for announced and chunked bodies
 * alike; under it the import streams as before. The files are a few valid lines followed by
 * blank lines (which the import skips), so without the cap every line would be imported.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ImportBodySizeTest {
    private static final String NDJSON = "application/x-ndjson";

    @TestHTTPResource("/api/v1/imports/appeals")
    URI imports;

    @Inject
    AgroalDataSource dataSource;

    static long cap(String key) {
        String value = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElseThrow(
                () -> new AssertionError(key + " is not configured"));
        return new MemorySizeConverter().convert(value).asLongValue();
    }

    /** {@code lines} valid lines with references {@code prefix-i}, then blank lines up to {@code size} bytes. */
    static byte[] file(String prefix, int lines, long size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(ImportTest.line(prefix + "-" + i, "WRITTEN", "2024-05-05T10:00:00+05:00", null)).append('\n');
        }
        String blank = " ".repeat(1000) + "\n";
        while (sb.length() < size) {
            sb.append(blank);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    long imported(String prefix) throws Exception {
        return Sql.count(dataSource, "select count(*) from appeal where external_ref like ?", prefix + "-%");
    }

    @Test
    @DisplayName("POST /imports/appeals sent chunked past the import cap answers 413 problem+json and imports nothing")
    void chunkedOverImportCap() throws Exception {
        String prefix = "CAP-" + UUID.randomUUID();
        byte[] bytes = file(prefix, 20, cap("appeals.http.max-import-body") + 200_000);

        assertTooLarge(post(imports, Tokens.of("admin"), NDJSON, bytes, true));
        assertThat(imported(prefix)).isZero();
    }

    @Test
    @DisplayName("POST /imports/appeals with a Content-Length past the import cap answers 413 problem+json and imports nothing")
    void announcedOverImportCap() throws Exception {
        String prefix = "CAP-" + UUID.randomUUID();
        byte[] bytes = file(prefix, 20, cap("appeals.http.max-import-body") + 200_000);

        assertTooLarge(post(imports, Tokens.of("admin"), NDJSON, bytes, false));
        assertThat(imported(prefix)).isZero();
    }

    @Test
    @DisplayName("POST /imports/appeals sent chunked, larger than the JSON cap and under its own, imports every line")
    void chunkedUnderImportCapStreams() throws Exception {
        long jsonCap = cap("appeals.http.max-json-body");
        long importCap = cap("appeals.http.max-import-body");
        assertThat(importCap).as("the import's cap is the larger").isGreaterThan(jsonCap * 3 / 2);
        String prefix = "CAP-" + UUID.randomUUID();
        byte[] bytes = file(prefix, 30, jsonCap * 3 / 2);

        HttpResponse<String> response = post(imports, Tokens.of("admin"), NDJSON, bytes, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonPath.from(response.body()).getInt("imported")).isEqualTo(30);
        assertThat(imported(prefix)).isEqualTo(30);
    }
}

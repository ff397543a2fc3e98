package kz.appeals.common;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every {@code text/csv} answer of the service: a {@link CsvTable} as RFC 4180 CSV in UTF-8
 * (jackson-dataformat-csv): a header line naming the columns, one line per row, CRLF line ends,
 * a field quoted only when it holds a comma, a quote or a line break, an absent value as an empty
 * field, numbers and times as the JSON writes them. Rows go out as they come: nothing but the
 * current row is held.
 */
@Provider
@Produces(CsvTable.MEDIA_TYPE)
public class CsvBodyWriter implements MessageBodyWriter<CsvTable<?>> {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("spreadsheet-safe text")
                    .addSerializer(String.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<>(String.class) {
                        @Override
                        public void serialize(String value, JsonGenerator gen,
                                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
                            gen.writeString(safe(value));
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // columns in the row record's order, as its JSON has them (CsvMapper sorts by name otherwise)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final Map<Class<?>, Columns> COLUMNS = new ConcurrentHashMap<>();

    /** A row type's writer and its header line. */
    private record Columns(ObjectWriter writer, String header) {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvTable<?> table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        write(table, entityStream);
    }

    /** Writes the table to the stream, which stays open. */
    public static <R> void write(CsvTable<R> table, OutputStream out) throws IOException {
        Columns columns = COLUMNS.computeIfAbsent(table.rowType(), CsvBodyWriter::columns);
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        if (table.byteOrderMark()) {
            text.write('\uFEFF');
        }
        // the header is written here, not by the generator: an empty table still names its columns
        text.write(columns.header());
        try (SequenceWriter lines = columns.writer().writeValues(text)) {
            table.rows(lines::write);
        }
        text.flush();
    }

    /**
     * A generator for a table written cell by cell, each row an array of strings between
     * {@code writeStartArray()} and {@code writeEndArray()} (an absent value written as ""), with
     * the settings above; the byte order mark (when asked) and the header line are written first.
     * For a stream too long to pay for a row record per line. Closing it flushes the stream and
     * leaves it open.
     */
    public static CsvGenerator cells(OutputStream out, List<String> header, boolean byteOrderMark) throws IOException {
        CsvGenerator csv = (CsvGenerator) MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        csv.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
        if (byteOrderMark) {
            csv.writeRaw('\uFEFF');
        }
        csv.writeRaw(String.join(",", header) + "\r\n");
        return csv;
    }

    /**
     * A text cell as a spreadsheet may open it safely: one that starts with {@code = + - @}, a tab or a
     * carriage return, which spreadsheet programs would run as a formula (CSV injection: a citizen's
     * name or comment such as {@code =HYPERLINK(...)}), gets a leading apostrophe, which they show as
     * text; a number such as {@code -5} stays as it is. Every text cell of every CSV answer passes
     * here, the row records' (the mapper's serializer for String) and the export's cells alike.
     */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        if ((cell.charAt(0) == '-' || cell.charAt(0) == '+') && NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static Columns columns(Class<?> rowType) {
        CsvSchema schema = MAPPER.schemaFor(rowType).withoutHeader().withLineSeparator("\r\n");
        StringBuilder header = new StringBuilder();
        for (CsvSchema.Column column : schema) {
            header.append(header.isEmpty() ? "" : ",").append(column.getName());
        }
        // the caller owns the stream: closing the rows' writer flushes it and leaves it open
        ObjectWriter writer = MAPPER.writerFor(rowType).with(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return new Columns(writer, header.append("\r\n").toString());
    }
}

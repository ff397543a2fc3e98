package kz.appeals.audit;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * Reads of the access log as RFC 4180 CSV (Accept: text/csv): a header line with the columns of
 * {@link PersonalDataAccess#COLUMNS}, one line per row, CRLF line ends, a field quoted only when
 * it holds a comma, a quote or a line break; times as in the JSON (ISO-8601, UTC+5).
 */
final class PersonalDataAccessCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final ObjectWriter WRITER;

    static {
        CsvMapper mapper = CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .build();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        for (String column : PersonalDataAccess.COLUMNS) {
            schema.addColumn(column);
        }
        WRITER = mapper.writerFor(PersonalDataAccess.class).with(schema.build());
    }

    private PersonalDataAccessCsv() {
    }

    static String write(List<PersonalDataAccess> rows) {
        if (rows.isEmpty()) {
            // the generator writes the header with the first row: an empty page still names its columns
            return String.join(",", PersonalDataAccess.COLUMNS) + "\r\n";
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter lines = WRITER.writeValues(out)) {
            lines.writeAll(rows);
        } catch (IOException e) {
            throw new IllegalStateException("The access log's rows could not be written as CSV", e);
        }
        return out.toString();
    }
}

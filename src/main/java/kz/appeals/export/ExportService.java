package kz.appeals.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.appeal.AppealExportQuery;
import kz.appeals.appeal.AppealExportQuery.Column;
import kz.appeals.appeal.AppealExportQuery.Row;
import kz.appeals.appeal.AppealFilter;
import kz.appeals.appeal.AppealScope;
import kz.appeals.appeal.ExportRow;
import kz.appeals.common.CsvBodyWriter;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;

/**
 * The register as a file: every appeal the list's filters select, streamed from a cursor on the
 * replica (common.ReadReplica) as CSV or NDJSON. A caller who reads appeals (operator, office
 * staff, supervisor, executor, admin) gets the appeals of their reading scope with the applicant,
 * the text and the answer, and every row sent is written to the personal-data access log (on the
 * primary) before it goes out; an analyst gets the whole region without them.
 *
 * <p>CSV cells go from the cursor's row to the CSV generator as text, without a record per row:
 * the whole register is a million rows and more.
 */
@ApplicationScoped
public class ExportService {
    /** Rows recorded in the access log together, then sent: what the log and the sender hold at once. */
    static final int CHUNK = 500;

    @Inject
    AppealExportQuery query;

    @Inject
    AppealScope scope;

    @Inject
    Caller caller;

    @Inject
    PersonalDataReads reads;

    @Inject
    ObjectMapper mapper;

    /** The service's JSON settings, absent values left out, no flush per line. */
    private ObjectWriter ndjson;

    @PostConstruct
    void writers() {
        ndjson = mapper.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                .writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** The checked query: 403 for a reader without the claim their role needs, before anything is sent. */
    public AppealExportQuery.Prepared prepare(AppealFilter filter) {
        boolean personal = scope.reads();
        if (!personal && !caller.has(Roles.ANALYST)) {
            throw new IllegalStateException("the export's roles are readers of appeals and analysts");
        }
        return query.prepare(filter, personal);
    }

    /** CSV, one line per appeal after the header; a byte order mark first when asked. */
    public StreamingOutput csv(AppealExportQuery.Prepared prepared, boolean byteOrderMark) {
        List<ExportColumns.Cell> cells = prepared.personal() ? ExportColumns.WITH_APPLICANT : ExportColumns.REGISTER;
        return out -> {
            try (CsvGenerator csv = CsvBodyWriter.cells(out, ExportColumns.headers(cells), byteOrderMark)) {
                if (prepared.personal()) {
                    personalCsv(prepared, cells, csv);
                } else {
                    String[] line = new String[cells.size()];
                    query.stream(prepared, row -> {
                        ExportColumns.read(row, cells, line);
                        write(csv, line);
                    });
                }
            }
        };
    }

    /** NDJSON, one import line per appeal (see {@link ExportLine}). */
    public StreamingOutput ndjson(AppealExportQuery.Prepared prepared) {
        return out -> {
            JsonGenerator json = ndjson.getFactory().createGenerator(out);
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null);
            // personal rows go in chunks behind their access-log entries; the others one by one
            int size = prepared.personal() ? CHUNK : 1;
            List<ExportRow> chunk = new ArrayList<>(size);
            Lines<ExportRow> send = rows -> {
                if (prepared.personal()) {
                    record(rows.stream().map(r -> new PersonalDataReads.Read(r.id(), r.applicant().iin(),
                            r.applicant().phone())).toList());
                }
                for (ExportRow row : rows) {
                    ndjson.writeValue(json, ExportLine.of(row));
                    json.writeRaw('\n');
                }
            };
            query.stream(prepared, row -> {
                chunk.add(ExportRow.of(row, prepared.personal()));
                if (chunk.size() == size) {
                    send.accept(chunk);
                    chunk.clear();
                }
            });
            send.accept(chunk);
            json.flush();
        };
    }

    /** Sends a chunk of rows. */
    @FunctionalInterface
    private interface Lines<R> {
        void accept(List<R> rows) throws IOException;
    }

    /**
     * Rows in chunks: each chunk's reads are recorded, then its lines are written, so no personal
     * row leaves before the log has it (a log that cannot be written stops the export).
     */
    private void personalCsv(AppealExportQuery.Prepared prepared, List<ExportColumns.Cell> cells, CsvGenerator csv)
            throws IOException {
        String[][] lines = new String[CHUNK][cells.size()];
        List<PersonalDataReads.Read> read = new ArrayList<>(CHUNK);
        query.stream(prepared, row -> {
            ExportColumns.read(row, cells, lines[read.size()]);
            read.add(read(row));
            if (read.size() == CHUNK) {
                flush(csv, lines, read);
            }
        });
        flush(csv, lines, read);
    }

    private void flush(CsvGenerator csv, String[][] lines, List<PersonalDataReads.Read> read) throws IOException {
        if (read.isEmpty()) {
            return;
        }
        record(read);
        for (int i = 0; i < read.size(); i++) {
            write(csv, lines[i]);
        }
        read.clear();
    }

    private static PersonalDataReads.Read read(Row row) throws SQLException {
        return new PersonalDataReads.Read(row.number(Column.ID), row.trimmed(Column.APPLICANT_IIN),
                row.text(Column.APPLICANT_PHONE));
    }

    /**
     * The access log writes on the primary's pool (the export holds a connection of the replica,
     * read only, outside any transaction of the primary): rows it writes itself, when its queue
     * is full, are committed whatever becomes of the export.
     */
    private void record(List<PersonalDataReads.Read> read) {
        reads.rows(read);
    }

    private static void write(CsvGenerator csv, String[] line) throws IOException {
        csv.writeStartArray();
        for (String cell : line) {
            csv.writeString(cell == null ? "" : CsvBodyWriter.safe(cell));
        }
        csv.writeEndArray();
    }
}

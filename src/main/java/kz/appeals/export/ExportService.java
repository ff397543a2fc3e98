package kz.appeals.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.appeals.appeal.AppealExportQuery;
import kz.appeals.appeal.AppealFilter;
import kz.appeals.appeal.AppealScope;
import kz.appeals.appeal.ExportRow;
import kz.appeals.common.CsvTable;
import kz.appeals.common.PersonalDataReads;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;

/**
 * The register as a file: every appeal the list's filters select, streamed from a database
 * cursor as CSV or NDJSON. A caller who reads appeals (operator, office staff, supervisor,
 * executor, admin) gets the appeals of their reading scope with the applicant, the text and the
 * answer, and every row sent is written to the personal-data access log before it goes out; an
 * analyst gets the whole region without them.
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

    @Inject
    TransactionManager transactions;

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

    /** CSV, one line per appeal; a byte order mark first when asked. */
    public CsvTable<?> csv(AppealExportQuery.Prepared prepared, boolean byteOrderMark) {
        if (prepared.personal()) {
            return table(ExportRows.WithApplicant.class, prepared, byteOrderMark, ExportRows.WithApplicant::of);
        }
        return table(ExportRows.Register.class, prepared, byteOrderMark, ExportRows.Register::of);
    }

    /** NDJSON, one import line per appeal (see {@link ExportLine}). */
    public StreamingOutput ndjson(AppealExportQuery.Prepared prepared) {
        return out -> {
            JsonGenerator json = ndjson.getFactory().createGenerator(out);
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null);
            stream(prepared, row -> {
                ndjson.writeValue(json, ExportLine.of(row));
                json.writeRaw('\n');
            });
            json.flush();
        };
    }

    private interface RowMapper<R> {
        R map(ExportRow row);
    }

    private <R> CsvTable<R> table(Class<R> type, AppealExportQuery.Prepared prepared, boolean bom, RowMapper<R> mapper) {
        return new CsvTable<>() {
            @Override
            public Class<R> rowType() {
                return type;
            }

            @Override
            public void rows(RowSink<R> sink) throws IOException {
                stream(prepared, row -> sink.accept(mapper.map(row)));
            }

            @Override
            public boolean byteOrderMark() {
                return bom;
            }
        };
    }

    /**
     * Rows in chunks: each chunk's reads are recorded, then its rows are sent, so no personal row
     * leaves before the log has it (a log that cannot be written stops the export).
     */
    private void stream(AppealExportQuery.Prepared prepared, AppealExportQuery.Sink send) throws IOException {
        if (!prepared.personal()) {
            query.stream(prepared, send);
            return;
        }
        List<ExportRow> chunk = new ArrayList<>(CHUNK);
        query.stream(prepared, row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                flush(chunk, send);
            }
        });
        flush(chunk, send);
    }

    private void flush(List<ExportRow> chunk, AppealExportQuery.Sink send) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        List<PersonalDataReads.Read> read = new ArrayList<>(chunk.size());
        for (ExportRow row : chunk) {
            read.add(new PersonalDataReads.Read(row.id(), row.applicant().iin(), row.applicant().phone()));
        }
        // Outside the export's read-only transaction: a log that writes its own rows (when its queue
        // is full) commits them whatever becomes of the export, whose rows have been sent by then.
        Transaction export = suspend();
        try {
            reads.rows(read);
        } finally {
            resume(export);
        }
        for (ExportRow row : chunk) {
            send.accept(row);
        }
        chunk.clear();
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("The export's transaction could not be suspended", e);
        }
    }

    private void resume(Transaction export) {
        try {
            transactions.resume(export);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("The export's transaction could not be resumed", e);
        }
    }
}

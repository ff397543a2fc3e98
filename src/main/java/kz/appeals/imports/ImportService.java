package kz.appeals.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.appeals.common.BodyLimits;
import kz.appeals.common.Problem;
import kz.appeals.common.ProblemException;
import kz.appeals.common.ValidationException;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.deadline.WorkingDays;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import org.jboss.logging.Logger;

/**
 * Imports a historical register streamed as NDJSON. Lines are parsed and checked one
 * by one and stored in batches, each batch in its own transaction, so memory stays flat
 * whatever the file's size and valid lines are kept when others are rejected.
 */
@ApplicationScoped
public class ImportService {
    static final int BATCH_SIZE = 500;
    static final int MAX_LINE_LENGTH = 64 * 1024;
    static final int MAX_REPORTED_ERRORS = 1000;
    /** The register's name inside a batch. */
    static final String BATCH_REGISTER = "appeals.ndjson";
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    WorkingCalendar calendar;

    @Inject
    ImportBatchWriter writer;

    @Inject
    Caller caller;

    @Inject
    BodyLimits limits;

    /**
     * @throws IOException when the body cannot be read to its end, e.g. it passes the import's cap
     *         ({@link kz.appeals.common.BodySizeInterceptor}); lines stored before stay stored
     */
    public ImportReport importAppeals(InputStream body) throws IOException {
        return importAppeals(body, ImportFiles.INLINE);
    }

    /**
     * Imports a batch: a ZIP holding the register as {@value #BATCH_REGISTER} (or the one
     * {@code .ndjson} file at its root) and the documents its lines name by path. The upload is
     * spooled to a temporary file (a ZIP is read from its end) and deleted afterwards; the archive
     * passes {@link BatchArchive#check} before a line is read.
     */
    public ImportReport importBatch(InputStream body) throws IOException {
        Path spooled = Files.createTempFile("appeals-import-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(spooled)) {
                body.transferTo(out);
            }
            ZipFile zip;
            try {
                zip = new ZipFile(spooled.toFile(), StandardCharsets.UTF_8);
            } catch (ZipException e) {
                throw new ValidationException("body", "is not a ZIP archive");
            }
            try (zip) {
                // the whole archive is read once before a line is stored: a refused batch stores nothing
                BatchArchive.check(zip, limits.maxImportExpanded());
                ZipEntry register = register(zip);
                try (InputStream lines = zip.getInputStream(register)) {
                    return importAppeals(lines, new ImportFiles.Batch(zip));
                }
            }
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** The batch's register: appeals.ndjson at the root, else its one .ndjson file at the root (422 otherwise). */
    private static ZipEntry register(ZipFile zip) {
        ZipEntry named = zip.getEntry(BATCH_REGISTER);
        if (named != null && !named.isDirectory()) {
            return named;
        }
        List<? extends ZipEntry> candidates = zip.stream()
                .filter(e -> !e.isDirectory() && e.getName().indexOf('/') < 0 && e.getName().endsWith(".ndjson"))
                .limit(2).toList();
        if (candidates.size() != 1) {
            throw ProblemException.unprocessable("The batch holds " + (candidates.isEmpty() ? "no" : "more than one")
                    + " .ndjson file at its root: name the register " + BATCH_REGISTER);
        }
        return candidates.get(0);
    }

    private ImportReport importAppeals(InputStream body, ImportFiles files) throws IOException {
        WorkingDays days = QuarkusTransaction.requiringNew().call(calendar::all);
        ImportBatchWriter.Context context = QuarkusTransaction.requiringNew()
                .call(() -> writer.context(caller.name(), Roles.ADMIN, days)); // the import is the admin's alone
        context.files = files;
        Tally tally = new Tally();
        List<NumberedLine> batch = new ArrayList<>(BATCH_SIZE);
        // Bytes that are not UTF-8 become U+FFFF, which the strict JSON strings refuse: the line is rejected.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFF");
        LineReader reader = new LineReader(new InputStreamReader(body, utf8), MAX_LINE_LENGTH);
        long number = 0;
        for (String text = reader.next(); text != null; text = reader.next()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            NumberedLine parsed = parse(number, text, tally);
            if (parsed != null) {
                batch.add(parsed);
            }
            if (batch.size() >= BATCH_SIZE) {
                writer.store(batch, context, tally);
                batch.clear();
            }
        }
        writer.store(batch, context, tally);
        LOG.infof("Import by %s: %d imported, %d skipped, %d rejected of %d lines",
                caller.name(), tally.imported, tally.skipped, tally.rejected, number);
        return new ImportReport(tally.imported, tally.skipped, tally.rejected, tally.errors);
    }

    private NumberedLine parse(long number, String text, Tally tally) {
        if (LineReader.TOO_LONG.equals(text)) {
            tally.reject(number, List.of(new Problem.FieldError("line", "is longer than " + MAX_LINE_LENGTH + " characters")));
            return null;
        }
        ImportLine line;
        try {
            line = mapper.readValue(text, ImportLine.class);
        } catch (UnrecognizedPropertyException e) {
            tally.reject(number, List.of(new Problem.FieldError(path(e), "unknown property")));
            return null;
        } catch (JsonMappingException e) {
            String field = path(e);
            tally.reject(number, List.of(new Problem.FieldError(field.isEmpty() ? "line" : field,
                    field.isEmpty() ? "is not a JSON object" : "has the wrong type or format")));
            return null;
        } catch (JsonProcessingException e) {
            tally.reject(number, List.of(new Problem.FieldError("line", "is not well-formed JSON")));
            return null;
        }
        if (line == null) {
            tally.reject(number, List.of(new Problem.FieldError("line", "is not a JSON object")));
            return null;
        }
        List<Problem.FieldError> violations = validator.validate(line).stream()
                .map(ImportService::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!violations.isEmpty()) {
            tally.reject(number, violations);
            return null;
        }
        return new NumberedLine(number, line);
    }

    private static Problem.FieldError fieldError(ConstraintViolation<ImportLine> v) {
        return new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    record NumberedLine(long number, ImportLine line) {
    }

    /** Running counts of one import; only the first errors are kept. */
    static final class Tally {
        long imported;
        long skipped;
        long rejected;
        final List<ImportReport.LineErrors> errors = new ArrayList<>();

        void reject(long line, List<Problem.FieldError> why) {
            rejected++;
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new ImportReport.LineErrors(line, why));
            }
        }
    }
}

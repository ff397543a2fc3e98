package kz.appeals.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.io.IOException;
import java.util.List;

/**
 * A table for {@code text/csv}, written by {@link CsvBodyWriter}: the row type's properties are
 * the columns, in its {@code @JsonPropertyOrder} (or declaration) order, so each table's column
 * list is its row record and nothing else. Rows are pushed one at a time: a table may stream
 * from a database cursor without holding its rows.
 *
 * @param <R> the row record
 */
public interface CsvTable<R> {
    /** RFC 4180's media type; answers carry {@code charset=UTF-8}. */
    String MEDIA_TYPE = "text/csv";
    /** The answer's content type. */
    String TYPE = MEDIA_TYPE + ";charset=UTF-8";

    /** The row record, whose properties are the columns. */
    Class<R> rowType();

    /** Hands every row to the sink, in order. */
    void rows(RowSink<R> sink) throws IOException;

    /**
     * Whether the request's Accept prefers CSV to JSON, by JAX-RS's own negotiation (quality
     * values, then specificity); JSON when both are equal, when Accept is absent or a wildcard.
     */
    static boolean wanted(Request request) {
        // JSON first: it is the answer when Accept allows both
        Variant csv = new Variant(MediaType.valueOf(MEDIA_TYPE), (String) null, null);
        return csv.equals(request.selectVariant(List.of(new Variant(MediaType.APPLICATION_JSON_TYPE, (String) null, null), csv)));
    }

    /** Starts the text with U+FEFF, which spreadsheet programs take as "this is UTF-8". */
    default boolean byteOrderMark() {
        return false;
    }

    /** Where a table's rows go. */
    @FunctionalInterface
    interface RowSink<R> {
        void accept(R row) throws IOException;
    }

    /** A table of rows already in memory (a page, a report). */
    static <R> CsvTable<R> of(Class<R> rowType, List<R> rows) {
        return new CsvTable<>() {
            @Override
            public Class<R> rowType() {
                return rowType;
            }

            @Override
            public void rows(RowSink<R> sink) throws IOException {
                for (R row : rows) {
                    sink.accept(row);
                }
            }
        };
    }
}

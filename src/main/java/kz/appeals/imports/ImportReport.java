package kz.appeals.imports;

import java.util.List;
import kz.appeals.common.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of an import: counts, and the rejected lines with their reasons. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(example = "998") long imported,
        @Schema(description = "Lines whose externalRef is on the register already", example = "1") long skipped,
        @Schema(example = "1") long rejected,
        @Schema(description = "The first " + ImportService.MAX_REPORTED_ERRORS + " rejected lines") List<LineErrors> errors) {

    @Schema(name = "ImportLineErrors")
    public record LineErrors(@Schema(example = "17") long line, List<Problem.FieldError> errors) {
    }
}

package kz.appeals.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import kz.appeals.appeal.Outcome;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of feedback. */
public final class FeedbackDtos {
    private FeedbackDtos() {
    }

    /** The citizen's verdict. */
    @Schema(name = "FeedbackRequest")
    public record Request(
            @NotNull @Schema(description = "false: the problem is not solved; the answer goes on the supervisors' "
                    + "list of disputed answers") Boolean solved,
            @NotNull @Min(1) @Max(5) @Schema(description = "1 (bad) to 5 (good)", example = "4") Integer rating,
            @Size(max = 2000) @Schema(example = "The heating works again, thank you.") String comment) {
    }

    /** A supervisor's decision not to reopen a disputed answer. */
    @Schema(name = "DisputeDismissal")
    public record Dismissal(@NotBlank @Size(max = 2000)
                            @Schema(example = "The repair was done on 12 November; the act is attached") String reason) {
    }

    /** A verdict as staff see it. */
    @Schema(name = "Feedback")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(long id, OffsetDateTime closedAt, Outcome outcome, boolean solved, int rating, String comment,
                       FeedbackChannel channel, OffsetDateTime recordedAt, String recordedBy,
                       @Schema(description = "Not solved, on the appeal's current closure, not dismissed") boolean disputed,
                       OffsetDateTime dismissedAt, String dismissedBy, String dismissalReason) {

        static View of(Feedback f, boolean disputed) {
            return new View(f.id, RegionTime.local(f.closedAt), f.outcome, f.solved, f.rating, f.comment, f.channel,
                    RegionTime.local(f.recordedAt), f.recordedBy, disputed, RegionTime.local(f.dismissedAt),
                    f.dismissedBy, f.dismissalReason);
        }
    }

    /** What the citizen gets back. */
    @Schema(name = "PublicFeedback")
    public record PublicView(boolean solved, int rating, OffsetDateTime recordedAt) {
    }
}

package kz.appeals.appeal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appeal as staff see it. Times are in UTC+5; {@code dueAt} is the last day of the term. */
@Schema(name = "Appeal")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealView(
        long id,
        @Schema(example = "2026-PVL-000153") String registrationNumber,
        Channel channel,
        AppealType type,
        String topicCode,
        String districtCode,
        String text,
        ApplicantView applicant,
        Integer signatories,
        Long receptionId,
        @Schema(description = "The campaign it belongs to: named at intake, or the campaign of its reception",
                example = "FAMILY-WEEK-2026") String campaignCode,
        @Schema(description = "The language the applicant is written to in", example = "ru") Language language,
        @Schema(description = "Where the problem is, when the applicant said so") Location location,
        @Schema(description = "The Open311 client through which the appeal was filed (channel PORTAL), by its name")
        String open311Client,
        AppealStatus status,
        Outcome outcome,
        @Schema(description = "What the caller may do now: the actions (the last segment of POST /appeals/{id}/<action>: "
                + "assignment, progress, extension, redirection, resolution, return, closure, reopening, withdrawal) "
                + "that the appeal's status allows and that a role of the caller allows on this appeal (its district, or "
                + "for executors its agency), in the order of the lifecycle table; empty when there is none. Every action "
                + "listed passes the checks of role, reach and status (it may still fail on its body or a stale "
                + "If-Match), every other one answers 403 or 409. Absent in the answer to POST /appeals",
                example = "[\"assignment\", \"redirection\", \"withdrawal\"]") List<String> actions,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        @Schema(description = "Last working day of the term", example = "2026-12-17") LocalDate dueAt,
        @Schema(description = "Working days left until dueAt; negative when overdue; absent once answered or ended")
        Integer workingDaysLeft,
        boolean overdue,
        String agencyCode,
        Long officialId,
        String answer,
        OffsetDateTime answeredAt,
        OffsetDateTime closedAt,
        String redirectedTo,
        @Schema(description = "Anonymous report: must be redirected to the competent body at once") boolean redirectRequired,
        @Schema(description = "Redirected later than 3 working days after registration") boolean redirectedLate,
        boolean extended,
        @Schema(description = "The applicant must be told of the extension by this day") LocalDate applicantNoticeBy,
        @Schema(description = "The earlier appeal of the same applicant on the same topic within 12 months; present "
                + "only when the caller may read that appeal, never for the portal") Long repeatOf,
        @Schema(description = "Only in the answer to POST /appeals and its replays, for PORTAL appeals and appeals whose "
                + "applicant has a phone or an e-mail: the code the citizen tracks the appeal with")
        String accessCode) {

    @Schema(name = "ApplicantView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantView(ApplicantKind kind, String fullName, String iin, String bin, String phone, String email,
                                String postalAddress, List<String> groups) {
    }

    /**
     * The view of an appeal. The repeat link and the actions are passed in rather than read from
     * the appeal: what a caller may see and do is decided by {@link RepeatLinks} and
     * {@link AppealLifecycle#allowedFor}; null actions leave the field out.
     */
    public static AppealView of(Appeal a, Integer workingDaysLeft, Long shownRepeatOf, List<String> actions,
                                String accessCode) {
        return new AppealView(a.id, a.registrationNumber, a.channel, a.type, a.topicCode, a.districtCode, a.text,
                new ApplicantView(a.applicantKind, a.applicantName, a.applicantIin, a.applicantBin, a.applicantPhone,
                        a.applicantEmail, a.applicantAddress, List.of(a.applicantGroups)),
                a.signatories, a.receptionId, a.campaignCode, a.language, Location.of(a), a.open311Client, a.status, a.outcome,
                actions,
                RegionTime.local(a.receivedAt), RegionTime.local(a.registeredAt), a.dueOn,
                workingDaysLeft, a.isOpen() && workingDaysLeft != null && workingDaysLeft < 0,
                a.agencyCode, a.officialId, a.answer, RegionTime.local(a.answeredAt), RegionTime.local(a.closedAt),
                a.redirectedTo, a.redirectRequired, a.redirectedLate, a.extended, a.applicantNoticeBy, shownRepeatOf,
                accessCode);
    }

    /** The strong validator of an appeal's state, sent as ETag and expected back in If-Match. */
    public static String etag(Appeal a) {
        return "\"" + a.id + "-" + a.version + "\"";
    }
}

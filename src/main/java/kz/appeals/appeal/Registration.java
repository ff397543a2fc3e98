package kz.appeals.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an appeal is registered with, already checked by intake or the import: the request, the
 * applicant as normalised, and the registration day and term that the working-day calendar gave.
 * {@link Appeal#register} builds the appeal from it; nothing outside this package writes an appeal.
 */
public record Registration(
        Channel channel,
        AppealType type,
        String topicCode,
        String districtCode,
        String text,
        Applicant applicant,
        Integer signatories,
        Long receptionId,
        String campaignCode,
        Language language,
        Location location,
        Instant receivedAt,
        Instant registeredAt,
        LocalDate registeredOn,
        LocalDate dueOn,
        boolean redirectRequired,
        String externalRef,
        String createdBy,
        String open311Client) {

    /** The applicant as checked: identifiers validated, the phone in E.164, the groups' names. */
    public record Applicant(ApplicantKind kind, String fullName, String iin, String bin, String phone, String email,
                            String postalAddress, List<String> groups) {
    }
}

package kz.appeals.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.appeals.common.RegionTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the campaigns API reads and writes; entities never leave the service. */
public final class CampaignDtos {
    private CampaignDtos() {
    }

    /** A campaign's code: capitals, digits, '-' and '_', 2 to 32 characters, starting with a capital or digit. */
    public static final String CODE = "^[A-Z0-9][A-Z0-9_-]{1,31}$";

    @Schema(name = "CampaignName", description = "The campaign's name in Russian and in Kazakh")
    public record Name(
            @NotBlank @Size(max = 200) @Schema(example = "Неделя поддержки семьи") String ru,
            @NotBlank @Size(max = 200) @Schema(example = "Отбасын қолдау апталығы") String kk) {
    }

    @Schema(name = "CampaignInput", description = "A campaign as POST creates it and PUT replaces it")
    public record CampaignInput(
            @Pattern(regexp = CODE, message = "must be 2 to 32 capitals, digits, '-' or '_'")
            @Schema(description = "Required on POST; on PUT, if given, the code of the path (codes never change)",
                    example = "FAMILY-WEEK-2026") String code,
            @NotNull @Valid Name name,
            @NotNull @Schema(example = "THEMED_WEEK") CampaignKind kind,
            @NotNull @Schema(description = "First day, inclusive (local date, UTC+5)", example = "2026-12-07") LocalDate from,
            @NotNull @Schema(description = "Last day, inclusive; not before from", example = "2026-12-11") LocalDate to,
            @NotEmpty @Size(max = 100) @Schema(description = "Districts it runs in (codes of GET /api/v1/districts)",
                    example = "[\"PVL\", \"EKB\"]") List<@NotBlank @Size(max = 16) String> districts,
            @Size(max = 2000) @Schema(example = "Receptions and a hotline on benefits for large families") String description,
            @Schema(description = "Whether new receptions and appeals may join it; default true") Boolean active) {
    }

    @Schema(name = "CampaignLinks", description = "The lists of the campaign's receptions and appeals, each scoped as"
            + " that list is for the caller")
    public record Links(@Schema(example = "/api/v1/receptions?campaign=FAMILY-WEEK-2026") String receptions,
                        @Schema(example = "/api/v1/appeals?campaign=FAMILY-WEEK-2026") String appeals) {
    }

    @Schema(name = "Campaign")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CampaignView(
            @Schema(example = "FAMILY-WEEK-2026") String code,
            Name name,
            CampaignKind kind,
            @Schema(example = "2026-12-07") LocalDate from,
            @Schema(example = "2026-12-11") LocalDate to,
            @Schema(example = "[\"EKB\", \"PVL\"]") List<String> districts,
            String description,
            boolean active,
            @Schema(description = "Only in answers about one campaign") Links links,
            @Schema(description = "Who created it; shown to office staff, supervisors and administrators only")
            String createdBy,
            OffsetDateTime createdAt) {

        static CampaignView of(Campaign c, boolean withLinks, boolean staff) {
            String query = "?campaign=" + c.code;
            return new CampaignView(c.code, new Name(c.nameRu, c.nameKk), c.kind, c.startsOn, c.endsOn,
                    c.districts.stream().sorted().toList(), c.description, c.active,
                    withLinks ? new Links("/api/v1/receptions" + query, "/api/v1/appeals" + query) : null,
                    staff ? c.createdBy : null, RegionTime.local(c.createdAt));
        }
    }
}

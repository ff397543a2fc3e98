package kz.appeals.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's view of the catalogues; entities never leave the service. */
public final class CatalogueDtos {
    private CatalogueDtos() {
    }

    static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,31}$";

    @Schema(name = "District")
    public record DistrictView(@Schema(example = "EKB") String code, @Schema(example = "Ekibastuz") String name,
                               @Schema(enumeration = {"REGION", "REGION_CENTRE", "CITY", "RURAL_DISTRICT"}) String kind,
                               boolean active) {
        static DistrictView of(District d) {
            return new DistrictView(d.code, d.name, d.kind, d.active);
        }
    }

    @Schema(name = "DistrictInput")
    public record DistrictInput(@NotBlank @Pattern(regexp = "^[A-Z]{2,16}$") String code,
                                @NotBlank @Size(max = 200) String name,
                                @NotNull @Pattern(regexp = "REGION|REGION_CENTRE|CITY|RURAL_DISTRICT") String kind) {
    }

    @Schema(name = "Topic")
    public record TopicView(@Schema(example = "HOUSING_QUEUE") String code, String name, String groupCode,
                            String groupName, boolean active) {
        static TopicView of(Topic t) {
            return new TopicView(t.code, t.name, t.groupCode, t.groupName, t.active);
        }
    }

    @Schema(name = "TopicInput")
    public record TopicInput(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 300) String name,
                             @NotBlank @Pattern(regexp = CODE) String groupCode,
                             @NotBlank @Size(max = 200) String groupName) {
    }

    @Schema(name = "Agency")
    public record AgencyView(@Schema(example = "PVL-HOUSING") String code, String name, String districtCode,
                             boolean active) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code, a.name, a.districtCode, a.active);
        }
    }

    @Schema(name = "AgencyInput")
    public record AgencyInput(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 300) String name,
                              @Size(max = 16) String districtCode) {
    }

    @Schema(name = "Official")
    public record OfficialView(long id, String fullName, String position,
                               OfficialType officialType, String agencyCode, String districtCode, boolean active) {
        static OfficialView of(Official o) {
            return new OfficialView(o.id, o.fullName, o.position, o.officialType, o.agencyCode, o.districtCode, o.active);
        }
    }

    @Schema(name = "OfficialInput")
    public record OfficialInput(@NotBlank @Size(max = 200) String fullName, @NotBlank @Size(max = 300) String position,
                                @NotNull OfficialType officialType,
                                @Size(max = 32) String agencyCode, @Size(max = 16) String districtCode) {
    }

    /** What an administrator may change on an existing entry: its name and whether it is in use. */
    @Schema(name = "CatalogueChange")
    public record Change(@Size(min = 1, max = 300) String name, Boolean active) {
    }
}

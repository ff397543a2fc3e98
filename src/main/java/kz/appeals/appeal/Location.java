package kz.appeals.appeal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the problem an appeal is about lies: a point (WGS84, latitude and longitude together)
 * and/or the address in words. Intake checks that a point lies within the region's bounds.
 * It describes the problem, not the applicant (whose postal address is part of the applicant).
 */
@Schema(name = "Location", description = "Where the problem is: a point (lat and long together), an address, or both")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
        @Schema(description = "Latitude, WGS84 degrees", example = "52.2873") Double lat,
        @JsonProperty("long") @Schema(name = "long", description = "Longitude, WGS84 degrees", example = "76.9674")
        Double lon,
        @Size(max = 500) @Schema(description = "The place in words, most specific first",
                example = "Lenin street 12, Pavlodar") String address) {

    /** The location stored on an appeal, or null when it has none. */
    public static Location of(Appeal a) {
        if (a.locationLat == null && a.locationAddress == null) {
            return null;
        }
        return new Location(a.locationLat, a.locationLong, a.locationAddress);
    }

    /** Writes this location (null: none) to the appeal's fields. */
    static void put(Appeal a, Location location) {
        a.locationLat = location == null ? null : location.lat();
        a.locationLong = location == null ? null : location.lon();
        a.locationAddress = location == null ? null : location.address();
    }
}

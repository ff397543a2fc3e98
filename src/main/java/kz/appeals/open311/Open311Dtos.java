package kz.appeals.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the administrators' client-key endpoints (/api/v1/open311/clients). */
public final class Open311Dtos {
    private Open311Dtos() {
    }

    @Schema(name = "NewOpen311Client")
    public record NewClient(
            @NotBlank @Size(max = 100) @Schema(description = "The client's name, recorded on the appeals it files",
                    example = "FixMyStreet Pavlodar") String name,
            @Min(1) @Max(100_000) @Schema(description = "Requests it may file per minute (default "
                    + "appeals.open311.default-rate-limit, 60)", example = "30") Integer rateLimit) {
    }

    @Schema(name = "IssuedOpen311Client", description = "A new client and its API key: the key is shown here only, once")
    public record IssuedClient(long id, String name,
                               @Schema(description = "The API key (api_key of POST requests); it is stored hashed and "
                                       + "cannot be shown again", example = "o311_3q2-7wHhVt0...") String apiKey,
                               int rateLimit, OffsetDateTime createdAt) {
    }

    @Schema(name = "Open311Client")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientView(long id, String name,
                             @Schema(description = "The key's first characters, to tell keys apart") String keyPrefix,
                             int rateLimit, OffsetDateTime createdAt, String createdBy, OffsetDateTime revokedAt,
                             boolean revoked) {
    }

    @Schema(name = "Open311ClientList")
    public record ClientList(List<ClientView> items) {
    }
}

package kz.appeals.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the opaque cursor of the next page, or null at the end. */
public record Page<T>(List<T> items,
                      @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
                      String nextCursor) {
}

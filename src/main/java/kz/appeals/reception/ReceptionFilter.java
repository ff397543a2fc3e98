package kz.appeals.reception;

import kz.appeals.catalogue.OfficialType;
import java.time.LocalDate;
import java.util.Locale;
import kz.appeals.campaign.CampaignDtos;
import kz.appeals.common.Params;
import kz.appeals.common.ValidationException;

/**
 * The filters of GET /receptions; {@code from} and {@code to} are inclusive local dates (UTC+5),
 * {@code campaign} a campaign's code (letter case aside).
 */
public record ReceptionFilter(LocalDate from, LocalDate to, String districtCode, OfficialType officialType,
                              ReceptionStatus status, String campaign) {

    public static ReceptionFilter parse(String from, String to, String districtCode, String officialType,
                                        String status, String campaign) {
        String code = blankToNull(campaign);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!code.matches(CampaignDtos.CODE)) {
                throw new ValidationException("campaign", "is a campaign's code (GET /api/v1/campaigns), not its name");
            }
        }
        ReceptionFilter filter = new ReceptionFilter(Params.date("from", from), Params.date("to", to),
                blankToNull(districtCode), Params.enumValue("officialType", officialType, OfficialType.class),
                Params.enumValue("status", status, ReceptionStatus.class), code);
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw new ValidationException("to", "is before from");
        }
        return filter;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

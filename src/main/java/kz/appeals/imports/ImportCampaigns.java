package kz.appeals.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.appeals.campaign.CampaignSpan;
import kz.appeals.campaign.Campaigns;
import kz.appeals.common.Errors;
import kz.appeals.common.RegionTime;
import kz.appeals.imports.ImportBatchWriter.Context;
import kz.appeals.imports.ImportBatchWriter.HeldReception;

/** Which campaign each imported appeal, and each reception the import creates, belongs to. */
@ApplicationScoped
class ImportCampaigns {

    @Inject
    Campaigns catalogue;

    /** Every campaign's span by code, read once per import. */
    Map<String, CampaignSpan> spans() {
        return catalogue.spans();
    }

    /** Every campaign's codes by name, read once per import. */
    Map<String, List<String>> codesByName() {
        return catalogue.codesByName();
    }

    /**
     * The campaign the line's appeal belongs to, by the rule of intake: its reception's (the line may
     * name it, not another), else the one the line names, which must run in its district on the day
     * it was received. Historical campaigns may have been deactivated since: only period and districts
     * count. A reception the import creates takes reception.campaignCode, checked the same way on the
     * day it was held, or else the one campaign its free-text name names there (none: the text alone
     * is kept, as the register wrote it).
     */
    String of(ImportLine line, Map<String, HeldReception> existing, Map<String, String> planned, Context context,
              Errors errors) {
        String ofReception = null;
        if (line.reception() != null) {
            ImportLine.ReceptionRef ref = line.reception();
            HeldReception held = context.receptions.getOrDefault(ref.externalRef(), existing.get(ref.externalRef()));
            if (held != null) {
                ofReception = held.campaignCode();
            } else if (planned.containsKey(ref.externalRef())) {
                ofReception = planned.get(ref.externalRef());
            } else {
                LocalDate day = RegionTime.localDate(ref.heldAt().toInstant());
                if (ref.campaignCode() != null) {
                    ofReception = covered(ref.campaignCode(), line.districtCode(), day, "reception.campaignCode",
                            context, errors);
                } else if (ref.campaign() != null && !ref.campaign().isBlank()) {
                    ofReception = catalogue.codeOfNamed(ref.campaign(), line.districtCode(), day, context.campaigns,
                            context.campaignsByName);
                }
                if (errors.isEmpty()) {
                    planned.put(ref.externalRef(), ofReception);
                }
            }
        }
        if (ofReception != null) {
            if (line.campaignCode() != null && !line.campaignCode().equals(ofReception)) {
                errors.add("campaignCode", "the reception belongs to campaign " + ofReception
                        + ", and so do the appeals taken at it");
            }
            return ofReception;
        }
        return line.campaignCode() == null ? null : covered(line.campaignCode(), line.districtCode(),
                RegionTime.localDate(line.receivedAt().toInstant()), "campaignCode", context, errors);
    }

    private static String covered(String code, String district, LocalDate day, String field, Context context,
                                  Errors errors) {
        CampaignSpan span = context.campaigns.get(code);
        if (span == null) {
            errors.add(field, "no such campaign");
            return null;
        }
        span.gap(district, day).ifPresent(gap -> errors.add(field, gap));
        return code;
    }
}

package kz.appeals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import kz.appeals.appeal.AppealType;
import kz.appeals.appeal.ApplicantKind;
import kz.appeals.appeal.Location;
import kz.appeals.catalogue.CatalogueService;
import kz.appeals.common.AppealsConfig;
import kz.appeals.common.Errors;
import kz.appeals.common.ValidationException;

/**
 * The rules of an appeal's content that bean validation cannot express: identifiers'
 * check digits, possible phone numbers, anonymous appeals, collective appeals, and
 * catalogue entries that exist and are in use. Shared by intake and the historical import.
 */
@ApplicationScoped
public class AppealChecks {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    static final Duration MAX_BACKDATING = Duration.ofDays(30);

    @Inject
    CatalogueService catalogue;

    @Inject
    AppealsConfig config;

    /** The applicant with the phone in E.164; every problem is added to {@code errors}. */
    public NewAppeal.Applicant applicant(NewAppeal request, Errors errors) {
        NewAppeal.Applicant a = request.applicant();
        String phone = null;
        switch (a.kind()) {
            case INDIVIDUAL -> {
                if (blank(a.fullName())) {
                    errors.add("applicant.fullName", "is required for an individual");
                }
                if (a.iin() != null && !Identifiers.plausibleIin(a.iin())) {
                    errors.add("applicant.iin", "is not a valid IIN (12 digits, check digit)");
                }
                if (a.bin() != null) {
                    errors.add("applicant.bin", "is for legal entities only");
                }
            }
            case LEGAL_ENTITY -> {
                if (blank(a.fullName())) {
                    errors.add("applicant.fullName", "is required: the entity's name");
                }
                if (a.bin() == null) {
                    errors.add("applicant.bin", "is required for a legal entity");
                } else if (!Identifiers.validChecksum(a.bin())) {
                    errors.add("applicant.bin", "is not a valid BIN (12 digits, check digit)");
                }
                if (a.iin() != null && !Identifiers.plausibleIin(a.iin())) {
                    errors.add("applicant.iin", "is not a valid IIN (12 digits, check digit)");
                }
            }
            case ANONYMOUS -> {
                if (request.type() != AppealType.REPORT) {
                    errors.add("applicant.kind", "anonymous appeals are considered only as reports (type REPORT)");
                }
                if (!blank(a.fullName()) || a.iin() != null || a.bin() != null) {
                    errors.add("applicant.kind", "an anonymous appeal carries no name, IIN or BIN");
                }
            }
        }
        if (a.phone() != null) {
            phone = Phones.normalise(a.phone()).orElse(null);
            if (phone == null) {
                errors.add("applicant.phone", "is not a possible phone number");
            }
        }
        if (a.email() != null && (a.email().length() > 254 || !EMAIL.matcher(a.email()).matches())) {
            errors.add("applicant.email", "is not a valid e-mail address");
        }
        if (a.kind() != ApplicantKind.ANONYMOUS && a.iin() == null && a.bin() == null && phone == null
                && blank(a.email()) && blank(a.postalAddress())) {
            errors.add("applicant", "give at least one way to answer: IIN, phone, e-mail or postal address");
        }
        if (request.signatories() != null && request.signatories() < 2) {
            errors.add("signatories", "a collective appeal has 2 or more signatories");
        }
        if (request.text() != null && request.text().strip().length() < 10) {
            errors.add("text", "must hold at least 10 characters besides spaces");
        }
        return new NewAppeal.Applicant(a.kind(), strip(a.fullName()), a.iin(), a.bin(), phone, strip(a.email()),
                strip(a.postalAddress()), a.groups());
    }

    /**
     * Where the problem is: latitude and longitude together, within the region's bounds, and/or a
     * non-blank address; returned stripped (null when none was given). Problems are added to
     * {@code errors} under {@code field}.lat / .long / .address.
     */
    public Location location(Location location, String field, Errors errors) {
        if (location == null) {
            return null;
        }
        Double lat = location.lat();
        Double lon = location.lon();
        String address = strip(location.address());
        if ((lat == null) != (lon == null)) {
            errors.add(field + (lat == null ? ".lat" : ".long"), "latitude and longitude are given together");
        } else if (lat != null) {
            AppealsConfig.Bounds b = config.region().bounds();
            if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
                errors.add(field, "latitude and longitude must be numbers");
            } else if (lat < b.south() || lat > b.north() || lon < b.west() || lon > b.east()) {
                errors.add(field, String.format(java.util.Locale.ROOT,
                        "the point lies outside the region (latitude %s to %s, longitude %s to %s)",
                        b.south(), b.north(), b.west(), b.east()));
            }
        }
        if (location.address() != null && address == null) {
            errors.add(field + ".address", "must not be blank");
        } else if (address != null && address.length() > 500) {
            errors.add(field + ".address", "must be at most 500 characters");
        }
        if (lat == null && lon == null && address == null && location.address() == null) {
            errors.add(field, "give a point (lat and long), an address, or both; or leave location out");
        }
        return lat == null && lon == null && address == null ? null : new Location(lat, lon, address);
    }

    /** Topic and district exist and are in use. */
    public void catalogues(NewAppeal request, Errors errors) {
        collect(errors, () -> catalogue.activeTopic(request.topicCode(), "topicCode"));
        collect(errors, () -> catalogue.activeDistrict(request.districtCode(), "districtCode"));
    }

    /** A staff-given reception time: not in the future, at most 30 days back. */
    public void receivedAt(Instant receivedAt, Instant now, Errors errors) {
        if (receivedAt.isAfter(now.plusSeconds(60))) {
            errors.add("receivedAt", "is in the future");
        } else if (receivedAt.isBefore(now.minus(MAX_BACKDATING))) {
            errors.add("receivedAt", "is more than 30 days back; use the historical import for older appeals");
        }
    }

    private static void collect(Errors errors, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            e.toProblem().errors().forEach(f -> errors.add(f.field(), f.message()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

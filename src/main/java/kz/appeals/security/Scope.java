package kz.appeals.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.appeals.common.ProblemException;

/**
 * What a caller reaches for one kind of action: one {@link Grant} per role they hold among
 * the roles that allow it, each with the reach of that role's claim. A role whose claim is
 * missing grants nothing (it is listed in {@code unscoped}); a scope without grants is
 * refused with 403, so a missing claim never widens what a caller sees.
 */
public record Scope(List<Grant> grants, List<String> unscoped) {

    /** How far one role reaches. */
    public enum Reach {
        /** Every district: roles that are region-wide by nature, or the explicit grant (district "*"). */
        REGION,
        /** The districts of the token's {@code district} claim. */
        DISTRICTS,
        /** The appeals now assigned to the agency of the token's {@code agency} claim. */
        AGENCY
    }

    /** One role's reach: districts for {@link Reach#DISTRICTS}, the agency for {@link Reach#AGENCY}. */
    public record Grant(String role, Reach reach, Set<String> districts, String agency) {

        /** Whether this role reaches a record of the district (and, for executors, of the agency). */
        public boolean covers(String districtCode, String agencyCode) {
            return switch (reach) {
                case REGION -> true;
                case DISTRICTS -> districts.contains(districtCode);
                case AGENCY -> agency.equals(agencyCode);
            };
        }

        /** Whether this role reaches a district as a whole (an agency's reach never does). */
        public boolean coversDistrict(String districtCode) {
            return reach == Reach.REGION || reach == Reach.DISTRICTS && districts.contains(districtCode);
        }

        String describe() {
            return switch (reach) {
                case REGION -> role + ": the whole region";
                case DISTRICTS -> role + ": districts " + String.join(", ", districts);
                case AGENCY -> role + ": appeals assigned to " + agency;
            };
        }
    }

    public Scope {
        grants = List.copyOf(grants);
        unscoped = List.copyOf(unscoped);
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    /** This scope, or 403 when no role of the caller reaches anything here. */
    public Scope required() {
        if (grants.isEmpty()) {
            throw ProblemException.forbidden(unscoped.isEmpty() ? "Your roles do not allow this"
                    : "Your token names no scope for the role " + String.join(", ", unscoped)
                    + ": office staff and supervisors need the district claim (\"*\" for the whole region, given on"
                    + " purpose), executors the agency claim; ask an administrator");
        }
        return this;
    }

    /** The first grant, in the order of the roles asked for, that reaches the record. */
    public Optional<Grant> grantFor(String districtCode, String agencyCode) {
        return grants.stream().filter(g -> g.covers(districtCode, agencyCode)).findFirst();
    }

    /** The first grant that reaches the district as a whole. */
    public Optional<Grant> grantForDistrict(String districtCode) {
        return grants.stream().filter(g -> g.coversDistrict(districtCode)).findFirst();
    }

    public boolean regionWide() {
        return grants.stream().anyMatch(g -> g.reach() == Reach.REGION);
    }

    /** The districts reached through district claims (empty when none; see {@link #regionWide()}). */
    public Set<String> districts() {
        Set<String> out = new LinkedHashSet<>();
        grants.stream().filter(g -> g.reach() == Reach.DISTRICTS).forEach(g -> out.addAll(g.districts()));
        return out;
    }

    /** The agencies reached through agency claims. */
    public Set<String> agencies() {
        return grants.stream().filter(g -> g.reach() == Reach.AGENCY).map(Grant::agency)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The reach in words, for a 403 that tells the caller what they may do instead. */
    public String describe() {
        return grants.stream().map(Grant::describe).collect(Collectors.joining("; "));
    }
}

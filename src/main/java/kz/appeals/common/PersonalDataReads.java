package kz.appeals.common;

import java.util.List;

/**
 * Where every read of an applicant's personal data is reported: the personal-data access log
 * (package {@code audit}) implements it. It lives here so that the features that hand out
 * personal data call it without depending on the log, which itself uses their identifier rules.
 *
 * <p>Call it on the request's thread once the data is about to be sent: the log takes who reads
 * (subject, user name, role), the endpoint and the client address from the request. The log
 * keeps only keyed hashes of IINs and phones.
 */
public interface PersonalDataReads {

    /** One appeal's full view, with its applicant, goes to the caller; IIN and phone as stored (phone in E.164). */
    void appeal(long appealId, String iin, String phone);

    /**
     * An applicant was looked up by IIN or phone, as the caller typed them (any phone notation),
     * and these appeals of theirs were listed: one entry per appeal, or one for the lookup itself
     * when it found none.
     */
    void lookup(String iin, String phone, List<Long> appealIds);

    /** Many rows with personal fields at once (an export): one entry per row. */
    void rows(List<Read> reads);

    /** One appeal's row with its applicant's identifiers as stored (phone in E.164; either may be null). */
    record Read(long appealId, String iin, String phone) {
    }
}

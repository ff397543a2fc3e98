package kz.appeals.appeal;

/**
 * The language an applicant is written to in. The constants are the API's values as they are,
 * ISO 639-1 codes in lower case ({@code "ru"}, {@code "kk"}), so JSON, the OpenAPI document and the
 * database column all show the same words.
 */
public enum Language {
    ru, kk;

    /** What an appeal that names no language gets. */
    public static final Language DEFAULT = ru;
}

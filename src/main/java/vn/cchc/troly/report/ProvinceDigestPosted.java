package vn.cchc.troly.report;

/**
 * This week's province digest was recorded for the province's group and is to be posted there;
 * published in the transaction that recorded it. Load it with {@link ProvinceDigests#message}.
 */
public record ProvinceDigestPosted(long digestId, long chatId, String weekKey) {
}

package vn.cchc.troly.progress;

/**
 * A figure typed by an official for an item.
 *
 * @param text as typed: "97,5", "97.5%", "49/50", "3"
 * @param lastYear the figure is last year's result (for items that must beat last year)
 * @param source where it came from (a Telegram update id), or null
 */
public record FigureRequest(long officialId, String itemCode, String text, boolean lastYear, String source) {
}

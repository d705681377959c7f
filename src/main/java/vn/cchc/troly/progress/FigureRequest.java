package vn.cchc.troly.progress;

import vn.cchc.troly.people.Official;

/**
 * A figure typed by an official for an item.
 *
 * @param official who reports it, as the caller read them (progress does not read them again)
 * @param text as typed: "97,5", "97.5%", "49/50", "3"
 * @param lastYear the figure is last year's result (for items that must beat last year)
 * @param source where it came from (a Telegram update id), or null
 */
public record FigureRequest(Official official, String itemCode, String text, boolean lastYear, String source) {
}

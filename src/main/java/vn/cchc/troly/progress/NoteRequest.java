package vn.cchc.troly.progress;

import vn.cchc.troly.people.Official;

/**
 * A progress note typed by an official for an item.
 *
 * @param done the note says the work is done (a qualitative item is then 🟢)
 * @param source where it came from (a Telegram update id), or null
 */
public record NoteRequest(Official official, String itemCode, String text, boolean done, String source) {
}

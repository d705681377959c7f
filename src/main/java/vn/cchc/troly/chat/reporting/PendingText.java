package vn.cchc.troly.chat.reporting;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an official typed that the bot offered back instead of recording it at once (a figure
 * inside a sentence, a note, a long text, a number without an item), kept in the pending
 * conversation as JSON until a button is pressed. {@code token} is the update that made the offer:
 * its buttons carry it, so a press on an older offer never acts on a newer one.
 *
 * @param code the item, or null while the official is asked which item
 * @param figure the figure as typed ("97,5%"), or null when none is offered
 * @param text the whole text, for a note or evidence
 */
record PendingText(int token, Offer offer, String code, String figure, String text) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the buttons under the offer do. */
	enum Offer {
		/** "Ghi số liệu 97,5% cho mục 2.2?": the figure, a note, or nothing. */
		FIGURE,
		/** "Ghi thành ghi chú cho mục 4?". */
		NOTE,
		/** Over the note limit: notes in parts, evidence (.txt), or nothing. */
		LONG,
		/** A number without an item: which item is it for? */
		PICK_FOR_FIGURE,
		/** A long text without an item: which item is it for? */
		PICK_FOR_LONG,
		/** A text of a few sentences without an item (the rest of a message Telegram cut in two): a note for which item? */
		PICK_FOR_NOTE
	}

	PendingText withCode(String newCode, Offer next) {
		return new PendingText(token, next, newCode, figure, text);
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static PendingText fromJson(String json) {
		return JSON.readValue(json, PendingText.class);
	}
}

package vn.cchc.troly.chat.reporting;

/** A note typed for a qualitative item, kept in the conversation until the user says whether the work is done. */
record PendingNote(String code, String text) {

	/** Item codes hold no line break, so the first one ends the code. */
	String data() {
		return code + "\n" + text;
	}

	static PendingNote parse(String data) {
		var newline = data.indexOf('\n');
		return new PendingNote(data.substring(0, newline), data.substring(newline + 1));
	}
}

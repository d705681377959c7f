package vn.cchc.troly.chat;

/**
 * What a transport can show, so a reply is shaped for it before it leaves the chat layer: without
 * buttons they become numbered text choices ("Gõ 1: ↩️ Hoàn tác") that a bare "1" answers; without
 * edits an edit is a new message; without documents or photos a file is named instead of sent.
 *
 * @param buttons buttons under a message that the user can press
 * @param edits the bot can change a message it sent (the one whose button was pressed)
 * @param documents the bot can send a file
 * @param photos the bot can send a picture
 * @param html the transport renders the templates' {@code <b>}, {@code <i>}, {@code <code>} (else it strips them)
 */
public record ChannelCapabilities(boolean buttons, boolean edits, boolean documents, boolean photos, boolean html) {

	/** Everything: what Telegram offers. */
	public static final ChannelCapabilities ALL = new ChannelCapabilities(true, true, true, true, true);

	/** Plain text only, as an SMS-like channel would be. */
	public static final ChannelCapabilities TEXT_ONLY = new ChannelCapabilities(false, false, false, false, false);
}

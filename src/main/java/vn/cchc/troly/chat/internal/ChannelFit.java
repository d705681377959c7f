package vn.cchc.troly.chat.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChannelCapabilities;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.UserId;

/**
 * Shapes a reply for a channel that cannot show all of it. Buttons become numbered lines under
 * their text ("Gõ 1: ↩️ Hoàn tác"), and their data is kept with the user's pending conversation so
 * that a bare "1" is read as the first button ({@link ChatRouter}). Without edits, an edit is a new
 * message; an alert (there is no press to answer) is a message, and so is a short notice when it is
 * all the reply says. Without photos a picture's caption stands alone; without documents the file
 * is named. A channel that can do everything gets the reply as it is.
 */
@Component
public class ChannelFit {

	private final Conversations conversations;

	ChannelFit(Conversations conversations) {
		this.conversations = conversations;
	}

	/** A reply as a channel can show it, and the data of the buttons it offers as numbered lines. */
	public record Shaped(Reply reply, List<String> choices) {
	}

	/**
	 * The reply as the channel can show it, to this user in this chat; numbered choices are kept with
	 * the user's pending conversation. The user may be null for a message to a group that offers no
	 * buttons (numbered choices need someone to answer them).
	 */
	public Reply shape(Reply reply, ChannelCapabilities channel, ChatId chat, UserId user) {
		var shaped = shape(reply, channel);
		if (!shaped.choices().isEmpty()) {
			if (user == null) {
				throw new IllegalStateException("numbered choices need the user who answers them: " + shaped.choices());
			}
			conversations.offer(chat, user, shaped.choices());
		}
		return shaped.reply();
	}

	/** The reply as the channel can show it, and the choices it offers in order ("1" is the first). */
	public static Shaped shape(Reply reply, ChannelCapabilities channel) {
		if (channel.equals(ChannelCapabilities.ALL) || reply.isEmpty()) {
			return new Shaped(reply, List.of());
		}
		var onlyNotices = reply.parts().stream().allMatch(Reply.Answer.class::isInstance);
		var choices = new ArrayList<String>();
		var parts = new ArrayList<Reply.Part>();
		for (var part : reply.parts()) {
			if (part instanceof Reply.Text text) {
				parts.add(withChoices(text.key(), text.args(), text.buttons(), channel, choices, false));
			}
			else if (part instanceof Reply.Edit edit) {
				parts.add(withChoices(edit.key(), edit.args(), edit.buttons(), channel, choices, channel.edits()));
			}
			else if (part instanceof Reply.Answer answer) {
				if (channel.buttons()) {
					parts.add(answer);
				}
				else if (answer.key() != null && (answer.alert() || onlyNotices)) {
					parts.add(new Reply.Text(answer.key(), answer.args(), List.of()));
				}
			}
			else if (part instanceof Reply.Photo photo) {
				if (channel.photos()) {
					parts.add(photo);
				}
				else if (photo.captionKey() != null) {
					parts.add(new Reply.Text(photo.captionKey(), photo.args(), List.of()));
				}
			}
			else if (part instanceof Reply.Document document) {
				parts.add(channel.documents() ? document
						: new Reply.Text("chat.channel.noFile", List.of(document.fileName()), List.of()));
			}
			else if (part instanceof Reply.FileOnDisk file) {
				if (channel.documents()) {
					parts.add(file);
				}
				else {
					// Nobody will send it: the file is this reply's to remove.
					delete(file.file());
					parts.add(new Reply.Text("chat.channel.noFile", List.of(file.fileName()), List.of()));
				}
			}
		}
		return new Shaped(new Reply(parts, reply.locale()), List.copyOf(choices));
	}

	/** The text (or edit), its buttons kept, or turned into numbered lines whose data joins the choices. */
	private static Reply.Part withChoices(String key, List<Object> args, List<List<Button>> rows,
			ChannelCapabilities channel, List<String> choices, boolean asEdit) {
		if (channel.buttons() || rows.isEmpty()) {
			return asEdit ? new Reply.Edit(key, args, rows) : new Reply.Text(key, args, rows);
		}
		var lines = new ArrayList<Phrase>();
		rows.stream().flatMap(List::stream).forEach(button -> {
			choices.add(button.callbackData());
			lines.add(Phrase.of("chat.choice.line", choices.size(), new Phrase(button.labelKey(), button.labelArgs())));
		});
		var text = List.<Object>of(new Phrase(key, args), Lines.of(lines));
		return asEdit ? new Reply.Edit("chat.choice.message", text, List.of())
				: new Reply.Text("chat.choice.message", text, List.of());
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// Left for the dossier's own sweep of its folder.
		}
	}
}

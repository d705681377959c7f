package vn.cchc.troly.chat.coordination;

import java.util.Locale;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.DossierGaps;

/**
 * /duhoso &lt;mã&gt; (/complete), for the coordinator: the item's evidence is complete, so /thieuhoso
 * and the weekly summary stop counting it; /duhoso &lt;mã&gt; bo takes that back. Every mark is kept.
 */
@Component
@Order(625)
class CompleteCommand implements ChatCommand {

	/** Words after the code that take the mark back. */
	private static final Set<String> UNDO = Set.of("bo", "bỏ", "huy", "hủy", "undo", "off");

	private final DossierGaps gaps;
	private final ItemTexts texts;

	CompleteCommand(DossierGaps gaps, ItemTexts texts) {
		this.gaps = gaps;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "duhoso";
	}

	@Override
	public String alias() {
		return "complete";
	}

	@Override
	public String descriptionKey() {
		return "chat.complete.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var words = request.argument().strip().split("\\s+");
		if (words[0].isEmpty() || words.length > 2
				|| (words.length == 2 && !UNDO.contains(words[1].toLowerCase(Locale.ROOT)))) {
			return Reply.text("chat.complete.usage");
		}
		var complete = words.length == 1;
		var outcome = gaps.mark(words[0], request.official(), complete);
		if (outcome instanceof DossierGaps.Done done) {
			var key = "chat.complete." + (complete ? "marked" : "unmarked") + (done.changed() ? "" : ".already");
			return Reply.text(key, done.item().code(), texts.shortTitle(done.item()));
		}
		return Reply.text("chat.complete.unknown", words[0]);
	}
}

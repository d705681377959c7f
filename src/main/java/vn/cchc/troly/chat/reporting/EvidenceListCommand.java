package vn.cchc.troly.chat.reporting;

import java.util.ArrayList;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.ItemEvidence;

/**
 * /minhchung &lt;mã&gt; (/evidence): an item's evidence, newest first, the last 30: each with its id
 * (for /suamc), who sent it when, and its latest description, marked when it was corrected; a file
 * still being fetched or lost is said so.
 */
@Component
@Order(310)
class EvidenceListCommand implements ChatCommand {

	static final int SHOWN = 30;

	private final EvidenceKeeping keeping;
	private final ItemTexts items;
	private final EvidenceTexts texts;
	private final EvidenceRetrySettings retry;

	EvidenceListCommand(EvidenceKeeping keeping, ItemTexts items, EvidenceTexts texts, EvidenceRetrySettings retry) {
		this.keeping = keeping;
		this.items = items;
		this.texts = texts;
		this.retry = retry;
	}

	@Override
	public String name() {
		return "minhchung";
	}

	@Override
	public String alias() {
		return "evidence";
	}

	@Override
	public String descriptionKey() {
		return "chat.evidence.list.command";
	}

	@Override
	public Reply handle(ChatRequest request) {
		var code = request.argument();
		if (code.isEmpty()) {
			return Reply.text("chat.evidence.list.usage");
		}
		var found = keeping.ofItem(code);
		if (found.isEmpty()) {
			return Reply.text("chat.evidence.list.unknown", code);
		}
		var evidence = found.get();
		var item = evidence.item();
		if (evidence.pieces().isEmpty()) {
			return Reply.text("chat.evidence.list.empty", item.code(), items.shortTitle(item));
		}
		var lines = new ArrayList<Object>();
		evidence.pieces().stream().limit(SHOWN).forEach(piece -> lines.add(line(piece)));
		var more = evidence.pieces().size() - SHOWN;
		if (more > 0) {
			lines.add(Phrase.of("chat.evidence.list.more", more));
		}
		return Reply.text("chat.evidence.list", item.code(), items.shortTitle(item), Lines.of(lines));
	}

	private Phrase line(ItemEvidence.Piece piece) {
		var name = texts.name(piece.fileName());
		var state = piece.kept() ? Phrase.of("chat.evidence.list.kept")
				: piece.downloadAttempts() >= retry.attempts() ? Phrase.of("chat.evidence.list.lost")
						: Phrase.of("chat.evidence.list.fetching");
		Object described = piece.facts().empty() ? Phrase.of("chat.evidence.list.undescribed")
				: piece.corrected() ? Phrase.of("chat.evidence.list.corrected", texts.facts(piece.facts()), piece.describedBy())
						: texts.facts(piece.facts());
		return Phrase.of("chat.evidence.list.line", piece.id(), name, items.date(items.day(piece.receivedAt())),
				piece.sentBy(), state, described);
	}
}

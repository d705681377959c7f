package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.report.DossierGaps;

/**
 * /thieuhoso (/gaps): the current plan's items whose dossier still lacks something (no evidence,
 * files without a number or date, files not downloaded yet), less those the coordinator marked
 * complete (/duhoso).
 */
@Component
@Order(540)
class GapsCommand implements ChatCommand {

	private final DossierGaps gaps;
	private final ItemTexts texts;

	GapsCommand(DossierGaps gaps, ItemTexts texts) {
		this.gaps = gaps;
		this.texts = texts;
	}

	@Override
	public String name() {
		return "thieuhoso";
	}

	@Override
	public String alias() {
		return "gaps";
	}

	@Override
	public String descriptionKey() {
		return "chat.gaps.command";
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		return gaps.gaps().map(found -> {
			if (found.gaps().isEmpty()) {
				return Reply.text("chat.gaps.none", found.markedComplete());
			}
			var lines = new ArrayList<Phrase>();
			for (var gap : found.gaps()) {
				var what = new ArrayList<Phrase>();
				if (gap.noEvidence()) {
					what.add(Phrase.of("chat.gaps.noEvidence"));
				}
				if (gap.undescribed() > 0) {
					what.add(Phrase.of("chat.gaps.undescribed", gap.undescribed()));
				}
				if (gap.notDownloaded() > 0) {
					what.add(Phrase.of("chat.gaps.notDownloaded", gap.notDownloaded()));
				}
				lines.add(Phrase.of("chat.gaps.line", gap.item().code(), texts.shortTitle(gap.item()),
						new Lines(new ArrayList<>(what), "; ")));
			}
			return Reply.text("chat.gaps", found.gaps().size(), found.markedComplete(), Lines.of(lines));
		}).orElseGet(() -> Reply.text("chat.status.noPlan"));
	}
}

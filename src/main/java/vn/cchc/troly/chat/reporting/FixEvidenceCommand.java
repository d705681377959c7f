package vn.cchc.troly.chat.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.DocumentFactsParser;
import vn.cchc.troly.progress.EvidenceKeeping;

/**
 * /suamc &lt;#id | mã&gt; số 123/QĐ-UBND ngày 12/3/2025 của UBND xã trang 2 (/fixevidence): adds
 * to or corrects what is known of a piece of evidence (by its id from /minhchung, or an item's code
 * for its latest piece); what the text does not name stays as it was. By its sender or the
 * coordinator; each change is kept.
 */
@Component
@Order(320)
class FixEvidenceCommand implements ChatCommand {

	private final EvidenceKeeping keeping;
	private final EvidenceDescribing describing;
	private final PlanItems planItems;

	FixEvidenceCommand(EvidenceKeeping keeping, EvidenceDescribing describing, PlanItems planItems) {
		this.keeping = keeping;
		this.describing = describing;
		this.planItems = planItems;
	}

	@Override
	public String name() {
		return "suamc";
	}

	@Override
	public String alias() {
		return "fixevidence";
	}

	@Override
	public String descriptionKey() {
		return "chat.evidence.fix.command";
	}

	@Override
	public boolean inMenu() {
		return false;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var argument = request.argument().strip();
		var space = argument.indexOf(' ');
		if (argument.isEmpty() || space < 0) {
			return Reply.text("chat.evidence.fix.usage");
		}
		var ref = argument.substring(0, space);
		var facts = DocumentFactsParser.parse(argument.substring(space + 1));
		Long id;
		if (!ref.startsWith("#") && planItems.byCode(ref).isPresent()) {
			var latest = keeping.latestOf(ref, request.official());
			if (latest.isEmpty()) {
				return Reply.text("chat.evidence.fix.noneOnItem", ref);
			}
			id = latest.get();
		}
		else {
			var parsed = EvidenceRef.id(ref);
			if (parsed.isEmpty()) {
				return Reply.text("chat.evidence.fix.usage");
			}
			id = parsed.get();
		}
		return describing.describe(request, id, facts);
	}
}

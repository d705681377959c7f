package vn.cchc.troly.chat.coordination;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.Conversations;

/**
 * /nhapkehoach (/importplan), for the coordinator in a private chat: asks for the plan file (.docx,
 * .doc or .txt); the next file is read and previewed ({@link PlanFileStep}), and nothing is stored
 * until the coordinator presses "Nhập kế hoạch" ({@link PlanImportButton}).
 */
@Component
@Order(605)
class ImportPlanCommand implements ChatCommand {

	private final Conversations conversations;
	private final PlanUploads uploads;

	ImportPlanCommand(Conversations conversations, PlanUploads uploads) {
		this.conversations = conversations;
		this.uploads = uploads;
	}

	@Override
	public String name() {
		return "nhapkehoach";
	}

	@Override
	public String alias() {
		return "importplan";
	}

	@Override
	public String descriptionKey() {
		return "chat.plan.command";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		conversations.start(request, PlanUploads.FILE_TOPIC, null, PlanUploads.WAIT);
		return Reply.text("chat.plan.ask", PlanPreviewText.sizeText(uploads.limit()));
	}
}

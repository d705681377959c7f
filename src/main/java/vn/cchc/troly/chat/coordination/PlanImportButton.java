package vn.cchc.troly.chat.coordination;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.plan.PlanRejectedException;

/**
 * The preview's buttons: "plan:import" imports what the preview showed, "plan:cancel" drops it.
 * The file is fetched again by its id and previewed again; it is imported only when its bytes and
 * what the preview rested on (the stored version of the same plan, the current plan) are what they
 * were, so what is stored is exactly what the coordinator saw. Otherwise nothing is stored and the
 * coordinator is asked to send the file again.
 */
@Component
class PlanImportButton implements CallbackHandler {

	private final Conversations conversations;
	private final Attachments attachments;
	private final PlanUploads uploads;
	private final PlanManagement plans;
	private final PlanPreviewText text;

	PlanImportButton(Conversations conversations, Attachments attachments, PlanUploads uploads, PlanManagement plans,
			PlanPreviewText text) {
		this.conversations = conversations;
		this.attachments = attachments;
		this.uploads = uploads;
		this.plans = plans;
		this.text = text;
	}

	@Override
	public String prefix() {
		return "plan:";
	}

	@Override
	public Access access() {
		return Access.COORDINATOR;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var data = request.callbackData();
		var pending = conversations.current(request).filter(c -> c.topic().equals(PlanUploads.PREVIEW_TOPIC));
		if (!data.equals(PlanPreviewText.IMPORT) && !data.equals(PlanPreviewText.CANCEL) || pending.isEmpty()) {
			return Reply.alert("chat.plan.expired");
		}
		if (data.equals(PlanPreviewText.CANCEL)) {
			conversations.end(request);
			return Reply.text("chat.plan.cancelled");
		}
		var plan = PendingPlan.fromJson(pending.get().data());
		var fetched = attachments.fetch(plan.fileId(), uploads.limit());
		if (!(fetched instanceof Attachments.Fetched file)) {
			// The preview stays: pressing again later may work.
			return Reply.text("chat.plan.refetchFailed", plan.fileName());
		}
		conversations.end(request);
		if (!plan.sameFile(file.bytes())) {
			return Reply.text("chat.plan.fileChanged", plan.fileName());
		}
		var again = uploads.preview(plan.fileId(), plan.fileName(), file.bytes(), plan.unit());
		if (!(again instanceof PlanUploads.Previewed previewed)) {
			return ((PlanUploads.Unread) again).reply();
		}
		var preview = previewed.preview();
		if (!plan.sameBasis(preview)) {
			return Reply.text("plan.rejected.stale", preview.plan().title());
		}
		try {
			var result = plans.importPlan(preview);
			return text.imported(result, preview);
		}
		catch (PlanRejectedException rejected) {
			return Reply.text(rejected.messageKey(), rejected.arguments().toArray());
		}
	}
}

package vn.cchc.troly.chat.coordination;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Conversation;
import vn.cchc.troly.chat.internal.ConversationStep;
import vn.cchc.troly.chat.internal.Conversations;

/**
 * After /nhapkehoach: the file the coordinator sends is read and previewed, whatever its name; a
 * file that is not a plan, too large or not fetched is answered with the reason, and the step waits
 * for another file. A photo or text gets a reminder of what is expected.
 */
@Component
class PlanFileStep implements ConversationStep {

	private final PlanUploads uploads;
	private final Conversations conversations;

	PlanFileStep(PlanUploads uploads, Conversations conversations) {
		this.uploads = uploads;
		this.conversations = conversations;
	}

	@Override
	public String topic() {
		return PlanUploads.FILE_TOPIC;
	}

	@Override
	public Reply handle(ChatRequest request, Conversation conversation) {
		// The role may have been taken away since /nhapkehoach.
		if (!Access.COORDINATOR.admits(request.caller())) {
			conversations.end(request);
			return Reply.text("chat.access.only.COORDINATOR");
		}
		var attachment = request.attachment();
		if (attachment == null) {
			return Reply.text("chat.plan.askHint");
		}
		if (attachment.kind() == ChatRequest.Attachment.Kind.PHOTO) {
			return Reply.text("chat.plan.photo");
		}
		var read = uploads.read(attachment);
		if (read instanceof PlanUploads.Previewed previewed) {
			return uploads.show(request, previewed);
		}
		return Reply.text("chat.plan.tryAgain", ((PlanUploads.Unread) read).reason());
	}
}

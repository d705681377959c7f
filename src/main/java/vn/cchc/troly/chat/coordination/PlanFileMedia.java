package vn.cchc.troly.chat.coordination;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.MediaHandler;

/**
 * A coordinator's file sent in the private chat without being asked for: a document named .docx,
 * .doc or .txt without an item code at the start of its caption is read, and when it holds a plan
 * the preview is the answer. Anything else goes on to the evidence flow as before (it runs after
 * this): another person's file, a caption naming an item, a file that holds no plan, and also one too
 * large for a plan or one the messenger did not hand over (evidence needs no download; /nhapkehoach
 * says why such a file cannot be read). A plan that cannot be stored as it is (no unit, no year) is
 * answered with the reason.
 */
@Component
@Order(50)
class PlanFileMedia implements MediaHandler {

	private final PlanUploads uploads;

	PlanFileMedia(PlanUploads uploads) {
		this.uploads = uploads;
	}

	@Override
	public Optional<Reply> handle(ChatRequest request) {
		if (!request.isPrivate() || !Access.COORDINATOR.admits(request.caller())
				|| !PlanUploads.looksLikePlanFile(request.attachment())) {
			return Optional.empty();
		}
		var read = uploads.read(request.attachment());
		if (read instanceof PlanUploads.Previewed previewed) {
			return Optional.of(uploads.show(request, previewed));
		}
		var unread = (PlanUploads.Unread) read;
		return unread.why() == PlanUploads.Unread.Why.NOT_STORABLE ? Optional.of(unread.reply()) : Optional.empty();
	}
}

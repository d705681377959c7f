package vn.cchc.troly.chat.coordination;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.Captions;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.plan.PlanPreview;
import vn.cchc.troly.plan.PlanRejectedException;
import vn.cchc.troly.plan.PlanSettings;
import vn.cchc.troly.plan.PlanSummary;

/**
 * A plan file the coordinator sent in the chat, read and previewed, nothing stored: the file is
 * fetched through the transport ({@link Attachments}, no larger than {@code troly.plan.max-file-size}),
 * read by the plan module, and its preview shown with the buttons "Nhập kế hoạch" and "Huỷ"; the
 * pending conversation keeps what the press needs ({@link PendingPlan}) for {@link #WAIT}.
 */
@Component
class PlanUploads {

	/** /nhapkehoach asked for the file: the next photo, file or text goes to {@link PlanFileStep}. */
	static final String FILE_TOPIC = "plan.file";
	/**
	 * A preview waits for its button. No step owns this topic: meanwhile the coordinator's texts, files
	 * and commands go where they always go (a command ends the wait, as it ends any pending step).
	 */
	static final String PREVIEW_TOPIC = "plan.preview";
	static final Duration WAIT = Duration.ofMinutes(30);

	/** The names a plan file has: Word, old Word, text. */
	private static final Pattern PLAN_FILE_NAME = Pattern.compile("(?is).+\\.(docx|doc|txt)");
	/** Rejections of a file that holds a plan, only not one that can be stored as it is. */
	private static final Set<String> PLAN_LIKE = Set.of("plan.rejected.noUnit", "plan.rejected.noYear",
			"plan.rejected.tooLarge", "plan.rejected.stale");

	private final Attachments attachments;
	private final PlanManagement plans;
	private final PlanSettings settings;
	private final Conversations conversations;
	private final PlanPreviewText text;

	PlanUploads(Attachments attachments, PlanManagement plans, PlanSettings settings, Conversations conversations,
			PlanPreviewText text) {
		this.attachments = attachments;
		this.plans = plans;
		this.settings = settings;
		this.conversations = conversations;
		this.text = text;
	}

	/** What reading a file gave. */
	sealed interface Read permits Previewed, Unread {
	}

	/** A plan: what importing it would do, and what the press needs to import exactly that. */
	record Previewed(PlanPreview preview, PendingPlan pending) implements Read {
	}

	/** No preview, and why, in words for the coordinator. */
	record Unread(Why why, Phrase reason) implements Read {

		enum Why {
			/** Empty, an image, a PDF, a letter without items…: not a plan at all. */
			NOT_A_PLAN,
			/** Too large, or the messenger did not hand it over: not read. */
			NOT_FETCHED,
			/** A plan that cannot be stored as it is: no unit, no year. */
			NOT_STORABLE
		}

		Reply reply() {
			return Reply.text(reason.key(), reason.args().toArray());
		}
	}

	/**
	 * Whether a file sent without being asked for looks like a plan: a document named .docx, .doc or
	 * .txt without an item code at the start of its caption (with one, it is always evidence).
	 */
	static boolean looksLikePlanFile(ChatRequest.Attachment attachment) {
		return attachment.kind() == ChatRequest.Attachment.Kind.DOCUMENT && attachment.fileName() != null
				&& PLAN_FILE_NAME.matcher(attachment.fileName().strip()).matches()
				&& Captions.itemCode(attachment.caption()).isEmpty();
	}

	/** The largest plan file read, in bytes. */
	long limit() {
		return settings.maxFileSize().toBytes();
	}

	/** Fetches and reads the file; nothing is stored. */
	Read read(ChatRequest.Attachment attachment) {
		var name = nameOf(attachment);
		var fetched = attachments.fetch(attachment.fileId(), limit());
		if (fetched instanceof Attachments.TooLarge tooLarge) {
			return new Unread(Unread.Why.NOT_FETCHED, text.tooLarge(name, tooLarge.size(), limit()));
		}
		if (!(fetched instanceof Attachments.Fetched file)) {
			return new Unread(Unread.Why.NOT_FETCHED, Phrase.of("chat.plan.fetchFailed", name));
		}
		return preview(attachment.fileId(), name, file.bytes(), null);
	}

	/**
	 * The preview of the bytes, for the unit given, or the document's; when the document names no
	 * unit and none is given, the current plan's (the commune's), as the preview then says.
	 */
	Read preview(String fileId, String name, byte[] bytes, String unit) {
		try {
			var preview = plans.preview(name, bytes, unit);
			return new Previewed(preview, PendingPlan.of(fileId, name, bytes, unit, preview));
		}
		catch (PlanRejectedException rejected) {
			var currentUnit = unit == null && rejected.messageKey().equals("plan.rejected.noUnit") ? currentUnit()
					: Optional.<String>empty();
			if (currentUnit.isPresent()) {
				return preview(fileId, name, bytes, currentUnit.get());
			}
			if (rejected.messageKey().equals("plan.rejected.noUnit")) {
				return new Unread(Unread.Why.NOT_STORABLE, Phrase.of("chat.plan.noUnit", name));
			}
			var reason = Phrase.of(rejected.messageKey(), rejected.arguments().toArray());
			return new Unread(PLAN_LIKE.contains(rejected.messageKey()) ? Unread.Why.NOT_STORABLE : Unread.Why.NOT_A_PLAN,
					reason);
		}
	}

	/** Shows the preview and keeps what its button needs in the pending conversation. */
	Reply show(ChatRequest request, Previewed previewed) {
		conversations.start(request, PREVIEW_TOPIC, previewed.pending().toJson(), WAIT);
		return text.preview(previewed.preview(), previewed.pending().fileName(), previewed.pending().unit() != null,
				request.locale());
	}

	private Optional<String> currentUnit() {
		var current = plans.currentPlan();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		List<PlanSummary> all = plans.plans();
		return all.stream().filter(plan -> plan.id() == current.get().id()).map(PlanSummary::unitName).findFirst();
	}

	private static String nameOf(ChatRequest.Attachment attachment) {
		var name = attachment.fileName() == null || attachment.fileName().isBlank() ? attachment.fileUniqueId()
				: attachment.fileName().strip();
		return PendingPlan.clip(name);
	}
}

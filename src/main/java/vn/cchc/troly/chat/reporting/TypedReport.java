package vn.cchc.troly.chat.reporting;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.TextHandler;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.FigureParser;
import vn.cchc.troly.progress.FigureProblem;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.progress.RefusalReason;
import vn.cchc.troly.progress.Refused;
import vn.cchc.troly.progress.Standing;

/**
 * Plain text in the private chat that is about an item, so that nothing an official types is lost:
 * <ul>
 * <li>"2.2 97,5%", "2.2: 97,5", "4 15 hộ": a figure, recorded as /so would take it;</li>
 * <li>a code with a sentence holding one figure ("2.2 đạt 97,5% rồi", "mục 4 15", "4 = 14"): the
 * figure is offered back for confirmation ("Ghi số liệu 97,5% cho mục 2.2?");</li>
 * <li>a code with any other text ("4 đã có thêm 3 hộ kinh doanh mới"): offered as a note;</li>
 * <li>a text over the note limit: offered as notes in parts or as evidence (.txt), with its item
 * asked for when it names none;</li>
 * <li>a code alone: asks for the figure (or a note); a number alone: asks which item;</li>
 * <li>a few sentences without a code (the rest of a message Telegram cut in two): a note for which item?</li>
 * </ul>
 * Other text is left to the router's fallback.
 */
@Component
@Order(100)
class TypedReport implements TextHandler {

	/**
	 * From this many characters a text without a code is taken for a report, not a remark ("xin
	 * chào"): the part of a long message Telegram sent on its own, without the code at its head.
	 */
	static final int NOTE_WORTHY = 200;

	private final Reporter reporter;
	private final Offers offers;
	private final ReportPrompts prompts;
	private final ReportTexts texts;
	private final PlanItems planItems;
	private final ProgressManagement progress;

	TypedReport(Reporter reporter, Offers offers, ReportPrompts prompts, ReportTexts texts, PlanItems planItems,
			ProgressManagement progress) {
		this.reporter = reporter;
		this.offers = offers;
		this.prompts = prompts;
		this.texts = texts;
		this.planItems = planItems;
		this.progress = progress;
	}

	@Override
	public Optional<Reply> handle(ChatRequest request) {
		if (!request.isPrivate() || request.text() == null || request.text().isBlank()) {
			return Optional.empty();
		}
		var reading = ReportInput.read(request.text());
		var item = reading.code() == null ? Optional.<PlanItem>empty() : planItems.byCode(reading.code());
		if (item.isPresent()) {
			var standing = progress.standing(request.official(), item.get().code());
			if (!standing.reports()) {
				var reason = standing == Standing.LEADER ? RefusalReason.LEADER_OVERSEES : RefusalReason.NOT_ALLOWED;
				return Optional.of(texts.refused(new Refused(reason, null), item.get().code(), item.get(), false));
			}
			if (reading.shape() == ReportInput.Reading.Shape.CODE_ALONE) {
				return Optional.of(prompts.ask(request, item.get(), false, true));
			}
			return Optional.of(aboutItem(request, item.get(), reading));
		}
		var continuation = reading.code() == null ? offers.continuation(request, request.text()) : Optional.<Reply>empty();
		if (continuation.isPresent()) {
			return continuation;
		}
		if (Offers.tooLongForANote(request.text())) {
			return Optional.of(offers.pickForLongText(request, request.text()));
		}
		if (reading.shape() == ReportInput.Reading.Shape.NUMBER_ALONE
				|| reading.shape() == ReportInput.Reading.Shape.CODE_ALONE && ReportInput.looksLikeFigure(reading.code())) {
			var mine = offers.pickForFigure(request, request.text().strip());
			return Optional.of(mine);
		}
		if (reading.shape() == ReportInput.Reading.Shape.OTHER && Offers.length(request.text()) >= NOTE_WORTHY) {
			return Optional.ofNullable(offers.pickForNote(request, request.text()));
		}
		return Optional.empty();
	}

	private Reply aboutItem(ChatRequest request, PlanItem item, ReportInput.Reading reading) {
		var rest = reading.rest();
		if (Offers.tooLongForANote(rest)) {
			return offers.longText(request, item, rest);
		}
		if (item.target().kind() == TargetKind.QUALITATIVE) {
			var why = ReportInput.looksLikeFigure(rest) ? Phrase.of("chat.offer.note.qualitative", item.code()) : null;
			return offers.note(request, item, rest, why);
		}
		if (reading.strict() && ReportInput.looksLikeFigure(rest)) {
			var typed = ReportInput.figure(rest);
			var parsed = FigureParser.parse(typed.text(), item);
			// "2.2 97,5% rồi": words after the figure that are not its unit make it a sentence.
			if (parsed.ok() || parsed.problem() != FigureProblem.UNIT_MISMATCH) {
				return reporter.figure(request, request.official(), item.code(), rest, false).reply();
			}
		}
		var figure = ReportInput.figureInSentence(rest, words -> FigureParser.isUnitOf(words, item))
			.filter(found -> FigureParser.parse(found, item).ok());
		if (figure.isPresent()) {
			return offers.figure(request, item, figure.get(), rest);
		}
		return offers.note(request, item, rest, null);
	}
}

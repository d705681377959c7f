package vn.cchc.troly.chat.coordination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.ImportResult;
import vn.cchc.troly.plan.ItemField;
import vn.cchc.troly.plan.ParsedItem;
import vn.cchc.troly.plan.ParsedPlan;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanPreview;
import vn.cchc.troly.plan.PlanWarning;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.plan.Timeframe;
import vn.cchc.troly.progress.FigureFormat;

/**
 * The words of the chat's plan import: a preview that reads in a minute on a phone (what the plan
 * is, what importing it would make current, each item on one line as the bot understood it, with
 * "?" on a field a warning doubts, what a re-import changes, every warning with its line or row),
 * and what an import did. The pieces are worded as plan-check words them (the same message keys).
 */
@Component
class PlanPreviewText {

	static final String IMPORT = "plan:import";
	static final String CANCEL = "plan:cancel";
	private static final int TITLE_SHOWN = 40;
	private static final int QUOTE_SHOWN = 80;
	private static final String UNSURE = "?";

	private final ItemTexts texts;
	private final PlainTexts plain;

	PlanPreviewText(ItemTexts texts, PlainTexts plain) {
		this.texts = texts;
		this.plain = plain;
	}

	Reply preview(PlanPreview preview, String fileName, boolean unitFromCurrentPlan, Locale locale) {
		var plan = preview.plan();
		var lines = new ArrayList<Object>();
		lines.add(Phrase.of("chat.plan.preview.plan", plan.title(), plan.number() == null ? "—" : plan.number(),
				String.valueOf(plan.year()), plan.unitName()));
		if (unitFromCurrentPlan) {
			lines.add(Phrase.of("chat.plan.preview.unitFromCurrent", plan.unitName()));
		}
		lines.add(Phrase.of("chat.plan.preview.counts", plan.items().size(), sectionCodes(plan).size(),
				plan.warnings().size()));
		lines.addAll(standing(preview));
		lines.addAll(items(plan, locale));
		if (!preview.newPlan()) {
			lines.addAll(changes(preview));
		}
		lines.addAll(warnings(plan.warnings()));
		return Reply.text("chat.plan.preview", fileName, Lines.of(lines)).withButtons(List.of(Button
			.row(Button.of("chat.plan.button.import", IMPORT), Button.of("chat.plan.button.cancel", CANCEL))));
	}

	/** What the import did, and which plan is current now. */
	Reply imported(ImportResult result, PlanPreview preview) {
		var year = String.valueOf(result.year());
		var current = preview.current();
		Phrase standing;
		if (!preview.becomesCurrent()) {
			standing = Phrase.of("chat.plan.current.other", String.valueOf(current.year()), year);
		}
		else if (current != null && current.year() < result.year()) {
			standing = Phrase.of("chat.plan.current.newYear", year, String.valueOf(current.year()));
		}
		else {
			standing = Phrase.of("chat.plan.current.this");
		}
		if (result.newPlan()) {
			return Reply.text("chat.plan.imported", result.title(), year, result.unitName(),
					result.items(ImportResult.Outcome.ADDED).size(), standing);
		}
		return Reply.text("chat.plan.imported.again", result.title(), year,
				result.items(ImportResult.Outcome.ADDED).size(), result.items(ImportResult.Outcome.CHANGED).size(),
				result.items(ImportResult.Outcome.WITHDRAWN).size(), result.items(ImportResult.Outcome.UNCHANGED).size(),
				standing);
	}

	/** A file over the limit: its size when the messenger said it, else only that it is over. */
	Phrase tooLarge(String fileName, long size, long limit) {
		return size > 0 ? Phrase.of("chat.plan.tooLarge", fileName, sizeText(size), sizeText(limit))
				: Phrase.of("chat.plan.tooLarge.unknownSize", fileName, sizeText(limit));
	}

	/** What importing it makes current: the first plan, the next year's, another of the same year, an earlier year's. */
	private List<Phrase> standing(PlanPreview preview) {
		var plan = preview.plan();
		var year = String.valueOf(plan.year());
		var current = preview.current();
		var said = new ArrayList<Phrase>();
		if (!preview.newPlan()) {
			said.add(Phrase.of("chat.plan.preview.again", texts.when(preview.basedOn()),
					preview.changes(ImportResult.Outcome.ADDED).size(), preview.changes(ImportResult.Outcome.CHANGED).size(),
					preview.changes(ImportResult.Outcome.WITHDRAWN).size(),
					preview.changes(ImportResult.Outcome.UNCHANGED).size()));
		}
		if (current == null) {
			said.add(Phrase.of("chat.plan.preview.first"));
		}
		else if (!preview.becomesCurrent()) {
			said.add(Phrase.of("chat.plan.preview.older", year, String.valueOf(current.year())));
		}
		else if (current.year() < plan.year()) {
			said.add(Phrase.of("chat.plan.preview.newYear", year, String.valueOf(current.year())));
		}
		else if (preview.newPlan()) {
			said.add(Phrase.of("chat.plan.preview.replaces", current.title(), year));
		}
		return said;
	}

	/** Each item on one line under its section, "?" after a field a warning doubts. */
	private List<Object> items(ParsedPlan plan, Locale locale) {
		var lines = new ArrayList<Object>();
		String section = null;
		for (var item : plan.items()) {
			if (!item.sectionCode().equals(section)) {
				section = item.sectionCode();
				lines.add("");
				var title = sectionTitle(plan, section);
				// An item with no sub-number ("4") is its own section: its line says it all.
				if (!section.equals(item.code())) {
					lines.add(title == null ? Phrase.of("chat.plan.preview.section.untitled", section)
							: Phrase.of("chat.plan.preview.section", section, ItemTexts.shorten(title, 60)));
				}
			}
			lines.add(line(item, locale));
		}
		if (plan.items().stream().anyMatch(item -> !item.unsure().isEmpty())) {
			lines.add("");
			lines.add(Phrase.of("chat.plan.preview.unsureMark"));
		}
		return lines;
	}

	/** "3.1 Hồ sơ trực tuyến toàn trình: ≥ 60% · hạn 31/12/2025 · Văn phòng - Thống kê". */
	private Phrase line(ParsedItem item, Locale locale) {
		var unsure = item.unsure();
		// Fields the line does not show are marked on the code, as plan-check marks them.
		var hidden = unsure.stream().anyMatch(field -> field == ItemField.BASELINE || field == ItemField.COORDINATING
				|| field == ItemField.SECTION);
		var lead = item.lead() == null ? plain.plain("chat.plan.preview.noLead", List.of(), locale) : item.lead();
		return Phrase.of("chat.plan.preview.item", item.code() + (hidden ? UNSURE : ""),
				marked(ItemTexts.shorten(item.title(), TITLE_SHOWN), unsure, ItemField.TITLE),
				marked(target(item.target(), locale), unsure, ItemField.TARGET),
				marked(deadline(item.timeframe(), locale), unsure, ItemField.TIMEFRAME),
				marked(lead, unsure, ItemField.LEAD));
	}

	private static String marked(String text, List<ItemField> unsure, ItemField field) {
		return unsure.contains(field) ? text + UNSURE : text;
	}

	/** The target as read: "≥ 60%", "tăng so với năm trước", "định tính", "chưa rõ (60%)". */
	private String target(Target target, Locale locale) {
		var meaning = switch (target.kind()) {
			case PERCENT, COUNT -> target.isNumeric() ? texts.target(target, locale)
					: plain.plain("plan.target.unsure", List.of(target.value() == null
							? ItemTexts.shorten(target.text() == null ? "" : target.text(), 30)
							: target.kind() == TargetKind.PERCENT ? FigureFormat.percent(target.value(), locale)
									: FigureFormat.number(target.value(), locale)),
							locale);
			case INCREASE -> plain.plain(target.comparator() == Comparator.GE
					? "plan.target.notBelowLastYear" : "plan.target.increase", List.of(), locale);
			case QUALITATIVE -> plain.plain("plan.target.qualitative", List.of(), locale);
		};
		return target.perYear() ? plain.plain("plan.target.perYear", List.of(meaning), locale) : meaning;
	}

	/** "hạn 30/06/2025", "hằng năm, từ 31/12/2025", or that the time frame names no day. */
	private String deadline(Timeframe timeframe, Locale locale) {
		if (timeframe == null || timeframe.deadline() == null) {
			return plain.plain("chat.plan.preview.noDeadline", List.of(), locale);
		}
		var day = texts.date(timeframe.deadline());
		if (timeframe.repeats() != null) {
			return plain.plain("plan.timeframe.repeats." + timeframe.repeats().name().toLowerCase(Locale.ROOT),
					List.of(day), locale);
		}
		return plain.plain("plan.timeframe.deadline", List.of(day), locale);
	}

	/** Added, changed (which fields) and withdrawn items; unchanged ones are only counted. */
	private List<Object> changes(PlanPreview preview) {
		var lines = new ArrayList<Object>();
		lines.add("");
		lines.add(Phrase.of("chat.plan.preview.changes"));
		var any = false;
		for (var change : preview.changes()) {
			if (change.outcome() == ImportResult.Outcome.UNCHANGED) {
				continue;
			}
			var title = ItemTexts.shorten(change.title() == null ? "" : change.title(), TITLE_SHOWN);
			lines.add(switch (change.outcome()) {
				case ADDED -> Phrase.of("chat.plan.preview.added", change.code(), title);
				case CHANGED -> Phrase.of("chat.plan.preview.changed", change.code(), title, fields(change.changed()));
				default -> Phrase.of("chat.plan.preview.withdrawn", change.code(), title);
			});
			any = true;
		}
		if (!any) {
			lines.add(Phrase.of("chat.plan.preview.noChanges"));
		}
		return lines;
	}

	/** "chỉ tiêu, thời gian thực hiện": the changed fields, in the message's language. */
	private static Lines fields(List<ItemField> changed) {
		var pieces = new ArrayList<Object>();
		for (var field : changed) {
			if (!pieces.isEmpty()) {
				pieces.add(", ");
			}
			pieces.add(Phrase.of(field.messageKey()));
		}
		return Lines.inline(pieces.toArray());
	}

	/** Every warning, with the line, paragraph or table row it is about, and the words it quotes. */
	private static List<Object> warnings(List<PlanWarning> warnings) {
		var lines = new ArrayList<Object>();
		lines.add("");
		if (warnings.isEmpty()) {
			lines.add(Phrase.of("chat.plan.preview.noWarnings"));
			return lines;
		}
		lines.add(Phrase.of("chat.plan.preview.warnings", warnings.size()));
		for (var warning : warnings) {
			var says = Phrase.of(warning.messageKey(), warning.arguments().toArray());
			var place = warning.place();
			lines.add(place.kind() == PlanWarning.Place.Kind.DOCUMENT ? Phrase.of("chat.plan.preview.warning.document", says)
					: Phrase.of("chat.plan.preview.warning", Phrase.of(place.messageKey(), place.arguments().toArray()), says));
			if (warning.text() != null && !warning.text().isBlank()) {
				lines.add(Phrase.of("chat.plan.preview.quote", ItemTexts.shorten(warning.text().strip(), QUOTE_SHOWN)));
			}
		}
		return lines;
	}

	/** The sections that hold items, in the plan's order. */
	private static LinkedHashSet<String> sectionCodes(ParsedPlan plan) {
		return plan.items().stream().map(ParsedItem::sectionCode).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String sectionTitle(ParsedPlan plan, String code) {
		return plan.sections().stream().filter(s -> s.code().equals(code)).map(Plan.Section::title)
			.filter(title -> title != null && !title.isBlank()).findFirst().orElse(null);
	}

	/** 6 MB, 512 KB: a size as a person says it (as plan-import says it). */
	static String sizeText(long bytes) {
		if (bytes >= 1024 * 1024) {
			var megabytes = bytes / (1024.0 * 1024);
			return (megabytes == Math.rint(megabytes) ? String.valueOf((long) megabytes)
					: String.format(Locale.ROOT, "%.1f", megabytes).replace('.', ',')) + " MB";
		}
		return Math.max(1, bytes / 1024) + " KB";
	}
}

package vn.cchc.troly.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.EvidenceLogEntry;
import vn.cchc.troly.progress.FigureBy;
import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.progress.ExplanationView;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ProgressLog;
import vn.cchc.troly.progress.ReportKind;
import vn.cchc.troly.progress.ReportLogEntry;
import vn.cchc.troly.progress.Situation;

/**
 * The .xlsx export for the official report: a sheet shaped like the plan's own table (STT, nội
 * dung, kết quả năm trước, chỉ tiêu, số liệu mới nhất, trạng thái, tham mưu, phối hợp, hạn) and a
 * sheet with every report and piece of evidence, oldest first, ready to print.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PlanItems planItems;
	private final PlanManagement plans;
	private final ItemSituation situations;
	private final ProgressLog progressLog;
	private final Leads leads;
	private final Explanations explanations;
	private final MessageSource messages;
	private final Clock clock;
	private final DateTimeFormatter moment;

	ExportService(PlanItems planItems, PlanManagement plans, ItemSituation situations, ProgressLog progressLog,
			Leads leads, Explanations explanations, MessageSource messages, Clock clock) {
		this.planItems = planItems;
		this.explanations = explanations;
		this.plans = plans;
		this.situations = situations;
		this.progressLog = progressLog;
		this.leads = leads;
		this.messages = messages;
		this.clock = clock;
		this.moment = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
	}

	/** The current plan, where its items stand now, and every report and piece of evidence on them. */
	public ExportFile workbook(Locale locale) {
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		var plan = planItems.currentPlan();
		var planId = plan.map(Plan::id).orElse(null);
		var sheets = List.of(planSheet(locale, plan, situations.situations(), today), reportSheet(locale, planId, today),
				explanationSheet(locale, planId, today));
		return new ExportFile(text(locale, "report.export.fileName", today.toString()), ExportFile.XLSX,
				ExportWorkbook.write(sheets));
	}

	/**
	 * The plan of a year ("/xuat 2024"), current or not: where its items stood in that year (a year
	 * that is over as it ended), and every report and piece of evidence on its items. Empty when there
	 * is no plan of that year.
	 */
	public Optional<ExportFile> workbook(Locale locale, int year) {
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		return plans.plan(year).map(plan -> {
			var sheets = List.of(
					planSheet(locale, Optional.of(plan), situations.situations(plan.id(), year),
							ReportQueries.asOf(year, today)),
					reportSheet(locale, plan.id(), today), explanationSheet(locale, plan.id(), today));
			return new ExportFile(text(locale, "report.export.fileName.year", String.valueOf(year), today.toString()),
					ExportFile.XLSX, ExportWorkbook.write(sheets));
		});
	}

	/**
	 * The sheet shaped like the plan's own table, for the plan and its items' situations as of a day:
	 * a unit's own export, and its sheet in the province's ({@link ProvinceExport}), read in its scope.
	 */
	ExportWorkbook.SheetData planSheet(Locale locale, Optional<Plan> plan, List<Situation> all, LocalDate asOf) {
		var sectionTitles = plan.map(Plan::sections).orElse(List.of());
		var directory = leads.directory(ReportQueries.items(all));
		var rows = new ArrayList<List<String>>();
		String section = null;
		for (var situation : all) {
			var item = situation.item();
			if (!item.sectionCode().equals(section)) {
				section = item.sectionCode();
				var code = section;
				var title = sectionTitles.stream().filter(s -> s.code().equals(code)).map(Plan.Section::title)
					.findFirst();
				if (title.isPresent() && !code.equals(item.code())) {
					rows.add(List.of(code, title.get(), "", "", "", "", "", "", ""));
				}
			}
			var names = directory.leadNames(item);
			var lead = (item.leadText() == null ? directory.leadPosition(item) : item.leadText())
					+ (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
			rows.add(List.of(item.code(), item.title(), item.baseline() == null ? "" : nullToEmpty(item.baseline().text()),
					nullToEmpty(item.target().text()), latest(situation, locale), status(situation, locale), lead,
					nullToEmpty(item.coordinatingText()),
					situation.status().deadline() == null ? "" : DAY.format(situation.status().deadline())));
		}
		var title = text(locale, "report.export.plan.title", plan.map(Plan::title).orElse(""), DAY.format(asOf));
		return new ExportWorkbook.SheetData(text(locale, "report.export.plan.sheet"), title,
				headers(locale, "report.export.plan.header.", "stt", "content", "baseline", "target", "latest", "status",
						"lead", "coordinating", "deadline"),
				List.of(6, 45, 25, 30, 20, 18, 28, 28, 12), rows);
	}

	private ExportWorkbook.SheetData reportSheet(Locale locale, Long planId, LocalDate today) {
		var lines = new ArrayList<Line>();
		for (var report : planId == null ? List.<ReportLogEntry>of() : progressLog.reports(planId)) {
			lines.add(new Line(report.reportedAt(), report.officialName(), report.itemCode(), figure(report, locale),
					note(report, locale), ""));
		}
		for (var evidence : planId == null ? List.<EvidenceLogEntry>of() : progressLog.evidence(planId)) {
			lines.add(new Line(evidence.receivedAt(), evidence.officialName(), evidence.itemCode(), "", "",
					evidence(evidence, locale)));
		}
		lines.sort(Comparator.comparing(Line::at));
		var rows = new ArrayList<List<String>>();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			rows.add(List.of(String.valueOf(i + 1), moment.format(line.at()), line.who(), line.item(), line.figure(),
					line.note(), line.evidence()));
		}
		return new ExportWorkbook.SheetData(text(locale, "report.export.reports.sheet"),
				text(locale, "report.export.reports.title", DAY.format(today)),
				headers(locale, "report.export.reports.header.", "stt", "when", "who", "item", "figure", "note",
						"evidence"),
				List.of(6, 17, 22, 8, 16, 50, 30), rows);
	}

	/** Every request for an explanation on the plan and its answer, in the order they were made. */
	private ExportWorkbook.SheetData explanationSheet(Locale locale, Long planId, LocalDate today) {
		var rows = new ArrayList<List<String>>();
		var all = planId == null ? List.<ExplanationView>of() : explanations.ofPlan(planId);
		for (int i = 0; i < all.size(); i++) {
			var x = all.get(i);
			rows.add(List.of(String.valueOf(i + 1), x.itemCode(), moment.format(x.askedAt()), x.askedBy(),
					nullToEmpty(x.note()), x.answered() ? moment.format(x.answeredAt()) : "",
					x.answered() ? x.answeredBy() : "",
					x.answered() ? x.answer() : text(locale, "report.export.explanations.waiting")));
		}
		return new ExportWorkbook.SheetData(text(locale, "report.export.explanations.sheet"),
				text(locale, "report.export.explanations.title", DAY.format(today)),
				headers(locale, "report.export.explanations.header.", "stt", "item", "askedAt", "askedBy", "note",
						"answeredAt", "answeredBy", "answer"),
				List.of(6, 8, 17, 22, 40, 17, 22, 60), rows);
	}

	private record Line(Instant at, String who, String item, String figure, String note, String evidence) {
	}

	/** "97,5% (14/06/2024, Trần Thị Mai)": the figure, its day and whose it is; else the latest note. */
	private String latest(Situation situation, Locale locale) {
		if (situation.latest() != null) {
			return text(locale, "report.export.latest", FigureFormat.format(situation.latest(), locale),
					DAY.format(LocalDate.ofInstant(situation.latestAt(), clock.getZone())),
					whose(situation.latestBy(), locale));
		}
		return nullToEmpty(situation.latestNote());
	}

	/** "Trần Thị Mai", or "đề xuất của Lê Văn Nam, Trần Thị Mai xác nhận" for a confirmed proposal. */
	private String whose(FigureBy by, Locale locale) {
		if (by == null) {
			return "";
		}
		return by.confirmedProposal() ? text(locale, "progress.figureBy.proposal", by.proposedBy(), by.recordedBy())
				: nullToEmpty(by.recordedBy());
	}

	private String status(Situation situation, Locale locale) {
		var status = situation.status();
		var shown = new StringBuilder(text(locale, status.labelKey()));
		if (status.reasonKey() != null) {
			shown.append(" (").append(text(locale, status.reasonKey())).append(')');
		}
		if (status.overdue()) {
			shown.append(", ").append(text(locale, "progress.status.overdue"));
		}
		if (status.stale()) {
			shown.append(", ").append(text(locale, "report.export.stale"));
		}
		return shown.toString();
	}

	private String figure(ReportLogEntry report, Locale locale) {
		if (report.kind() == ReportKind.NOTE || report.figure() == null) {
			return "";
		}
		var shown = FigureFormat.format(report.figure(), locale);
		shown = report.lastYear() ? text(locale, "report.export.lastYearFigure", shown) : shown;
		return report.kind() == ReportKind.PROPOSAL ? text(locale, "report.export.proposal", shown) : shown;
	}

	/** The note; for a proposal how the lead answered it, for a confirmation whose proposal it was. */
	private String note(ReportLogEntry report, Locale locale) {
		var note = switch (report.kind()) {
			case NOTE -> report.done() ? text(locale, "report.export.done", nullToEmpty(report.note()))
					: nullToEmpty(report.note());
			case PROPOSAL -> report.answer() == null ? text(locale, "report.export.proposal.pending")
					: text(locale, report.answer().confirmed() ? "report.export.proposal.confirmed"
							: "report.export.proposal.declined", report.answer().by(), moment.format(report.answer().at()));
			case FIGURE -> report.proposedBy() == null ? ""
					: text(locale, "report.export.confirms", report.proposedBy());
			default -> "";
		};
		if (report.undone()) {
			note = (note + " " + text(locale, "report.export.undone", moment.format(report.undoneAt()))).strip();
		}
		return note;
	}

	private String evidence(EvidenceLogEntry evidence, Locale locale) {
		var name = evidence.fileName() != null ? evidence.fileName()
				: text(locale, "report.export.evidence." + evidence.kind().name());
		return evidence.caption() == null ? name : name + ": " + evidence.caption();
	}

	private List<String> headers(Locale locale, String prefix, String... keys) {
		return Stream.of(keys).map(key -> text(locale, prefix + key)).toList();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}

package vn.cchc.troly.report;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.Situation;

/**
 * The province's .xlsx: an overview with a row per unit (its plan, how many items stand where, the
 * share of its numeric indicators met, its last report), then a sheet per unit holding exactly what
 * that unit's own export has on its plan sheet, each unit read in its own scope.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceExport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Units units;
	private final UnitScope scope;
	private final PlanItems planItems;
	private final PlanManagement plans;
	private final ItemSituation situations;
	private final ExportService export;
	private final MessageSource messages;
	private final Clock clock;

	ProvinceExport(Units units, UnitScope scope, PlanItems planItems, PlanManagement plans, ItemSituation situations,
			ExportService export, MessageSource messages, Clock clock) {
		this.units = units;
		this.scope = scope;
		this.planItems = planItems;
		this.plans = plans;
		this.situations = situations;
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every unit's current plan, where its items stand now. */
	public ExportFile workbook(Locale locale) {
		return workbook(locale, OptionalInt.empty());
	}

	/** Every unit's plan of a year, as it stood in that year (a unit without one has an empty sheet). */
	public ExportFile workbook(Locale locale, int year) {
		return workbook(locale, OptionalInt.of(year));
	}

	private ExportFile workbook(Locale locale, OptionalInt year) {
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		var overviewName = text(locale, "report.export.province.sheet");
		var names = new SheetNames(overviewName);
		var parts = ordered(units.all()).stream()
			.map(unit -> scope.within(unit.unitId(), () -> part(unit, locale, year, today, names)))
			.toList();
		var sheets = new ArrayList<ExportWorkbook.SheetData>();
		sheets.add(overview(locale, parts, year, today, overviewName));
		parts.forEach(part -> sheets.add(part.sheet()));
		var fileName = year.isPresent()
				? text(locale, "report.export.province.fileName.year", String.valueOf(year.getAsInt()), today.toString())
				: text(locale, "report.export.province.fileName", today.toString());
		return new ExportFile(fileName, ExportFile.XLSX, ExportWorkbook.write(sheets));
	}

	/** One unit, read in its scope: its plan sheet as its own export has it, and its row's figures. */
	private Part part(Unit unit, Locale locale, OptionalInt year, LocalDate today, SheetNames names) {
		var name = unit.name() == null ? text(locale, "report.export.province.unnamed", String.valueOf(unit.id())) : unit.name();
		Optional<Plan> plan;
		List<Situation> all;
		LocalDate asOf;
		if (year.isPresent()) {
			plan = plans.plan(year.getAsInt());
			all = plan.map(p -> situations.situations(p.id(), year.getAsInt())).orElse(List.of());
			asOf = ReportQueries.asOf(year.getAsInt(), today);
		}
		else {
			plan = planItems.currentPlan();
			all = situations.situations();
			asOf = today;
		}
		var sheet = export.planSheet(locale, plan, all, asOf);
		return new Part(name, plan, all, new ExportWorkbook.SheetData(names.next(name), sheet.title(), sheet.headers(),
				sheet.widths(), sheet.rows()));
	}

	private ExportWorkbook.SheetData overview(Locale locale, List<Part> parts, OptionalInt year, LocalDate today,
			String sheetName) {
		var rows = new ArrayList<List<String>>();
		for (int i = 0; i < parts.size(); i++) {
			var part = parts.get(i);
			var number = String.valueOf(i + 1);
			if (part.plan().isEmpty()) {
				rows.add(List.of(number, part.name(), part.sheet().name(), text(locale, "report.export.province.noPlan"), "",
						"", "", "", "", "", "", "", ""));
				continue;
			}
			var plan = part.plan().get();
			var counts = StatusCounts.of(part.situations().stream().map(Situation::status).toList());
			var standing = UnitStanding.of(0, part.name(), plan.id(), part.situations(), clock.instant());
			rows.add(List.of(number, part.name(), part.sheet().name(), plan.title(), String.valueOf(plan.year()),
					String.valueOf(counts.total()), String.valueOf(counts.met()), String.valueOf(counts.near()),
					String.valueOf(counts.notMet()), String.valueOf(counts.noData()), String.valueOf(counts.overdue()),
					numericMet(standing, locale), day(standing.lastReportAt())));
		}
		var title = year.isPresent()
				? text(locale, "report.export.province.title.year", String.valueOf(year.getAsInt()), DAY.format(today))
				: text(locale, "report.export.province.title", DAY.format(today));
		return new ExportWorkbook.SheetData(sheetName, title,
				Stream.of("stt", "unit", "sheet", "plan", "year", "items", "met", "near", "notMet", "noData", "overdue",
						"numericMet", "lastReport")
					.map(key -> text(locale, "report.export.province.header." + key))
					.toList(),
				List.of(6, 28, 18, 40, 8, 8, 8, 8, 8, 10, 8, 16, 14), rows);
	}

	/**
	 * "2/8 (25%)": of the numeric indicators, how many are 🟢, with the share the province's ranking
	 * shows ({@link UnitStanding}: one definition); empty when the plan has none.
	 */
	private static String numericMet(UnitStanding standing, Locale locale) {
		var share = standing.sharePercent();
		return share == null ? ""
				: standing.numeric().met() + "/" + standing.numeric().total() + " (" + FigureFormat.percent(share, locale)
						+ ")";
	}

	private String day(Instant at) {
		return at == null ? "" : DAY.format(LocalDate.ofInstant(at, clock.getZone()));
	}

	/** By name as Vietnamese sorts it (Đ after D), unnamed units last. */
	private static List<Unit> ordered(List<Unit> all) {
		var collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return all.stream()
			.sorted(Comparator.comparing(Unit::name, Comparator.nullsLast(collator::compare))
				.thenComparing(Unit::id))
			.toList();
	}

	private record Part(String name, Optional<Plan> plan, List<Situation> situations, ExportWorkbook.SheetData sheet) {
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}

package vn.cchc.troly.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.cchc.troly.people.PositionNames;

/**
 * Reads a plan written as text, the way the Phổ Châu 2024 plan (the seed) is written, and never
 * guesses silently: every line it cannot place becomes a {@link PlanWarning} naming the line.
 * How the document is read:
 * <ul>
 * <li><b>Header</b> (before the content part). The title is the first line after the line
 * "KẾ HOẠCH". The number is what follows "Số:" as written, also when the number itself is still
 * blank: "Số: /KH-UBND" gives "/KH-UBND" (it still says what kind of document it is); no "Số:"
 * line gives null. The issuing line "…, ngày … tháng … năm 2024" gives the plan year and, only
 * when it names a day and a month, {@code issuedOn}; it is kept as written in {@code issuedText}.
 * Without one, the year is the earliest time-frame year (with a warning).
 * <li><b>Unit</b>: the one the operator names (--unit); else the document's "ỦY BAN NHÂN DÂN XÃ
 * …" header, else its first "xã / phường / thị trấn" followed by a capitalised name ("xã Phổ
 * Châu" gives "UBND xã Phổ Châu"; "thị xã Đức Phổ" is the district, not the unit); else none,
 * with a warning.
 * <li><b>Content</b>: the Roman-numbered part whose heading says "NỘI DUNG" or "NHIỆM VỤ" (II.
 * NỘI DUNG KHẮC PHỤC), up to the next Roman heading (III. TỔ CHỨC THỰC HIỆN). Without such a
 * heading, the Roman part with the most field lines (warning); without Roman parts, the document.
 * <li><b>Sections</b> "1." … "4.": title without the trailing ":". <b>Items</b> "1.1." (also
 * "1.1" or "1.1)"); the section code is the item code's first number. An item with no
 * sub-number: the first non-field line after a section heading, once field lines follow it, is
 * that section's only item, with the section's code ("4"). A section with no items whose heading
 * is a sentence (ends with ".") or is followed by prose is a general rule ({@link Plan.Rule},
 * clause 5); one whose heading is a title stays a section, with a warning that it has no items.
 * <li><b>Field lines</b> start with any mix of "-", "+", "•", dashes and spaces, then a label and
 * ":": "Kết quả …" (baseline), "Chỉ tiêu …" (target), "Tham mưu" / "… chủ trì" (lead), "… phối
 * hợp" (coordinating), "Thời gian …" / "Thời hạn …" (time frame); labels match whatever their
 * case, spacing or tone-mark placement. A bulleted line with another label is a warning.
 * <li><b>Values</b> are kept as written (diacritics, case, a closing "."), less a stray " ." at
 * the end; the text is Unicode NFC. Their meaning is read by {@link PlanPhrases}. The lead is
 * split by {@link PositionNames#parse} into position and duty ("Công chức Văn Phòng - Thống kê
 * phụ trách Một cửa"); several leads separated by ";" keep the first (warning). Coordinating
 * positions are split on ";".
 * <li>An item missing a baseline, target, lead or time frame, a repeated field, a repeated item
 * code, a line between items that is none of these, all give warnings.
 * <li>Items may also be lettered under a section ("a)", "b." under "1." are 1.a, 1.b); a section
 * heading followed at once by field lines is an item of its own ("1. Tỷ lệ …" then "- Chỉ tiêu:").
 * <li>Labels are recognised by their word family ({@link PlanLabels}): "Mục tiêu năm 2025",
 * "Hiện trạng", "Cơ quan chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Tiến độ"….
 * <li>A Word plan comes as lines already classified ({@link PlanLine.Source}): its table's rows are
 * sections, items and fields, and the paragraphs before the table are the header.
 * </ul>
 * <p>
 * One class, though long: the plan is read in one pass whose state (the section, the item being
 * filled, the label last seen) every rule above shares; the phrase tables it consults live apart
 * ({@link PlanPhrases}, {@link TimeframePhrases}, {@link PlanLabels}).
 */
final class PlanTextParser {

	private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\s*[.)\\-–]\\s*(\\p{L}.*)$");
	private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})[.):]?\\s*([\\p{L}\"“(].*)$");
	private static final Pattern DEEP_ITEM = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}[.)]?\\s*\\p{L}");
	private static final Pattern SECTION = Pattern.compile("^(\\d{1,2})[.)]\\s*([\\p{L}\"“(].*)$");
	private static final Pattern BULLETS = Pattern.compile("^[\\s\\-‐‑‒–—―+•*·]+");
	private static final Pattern STRAY_DOT = Pattern.compile("\\s+\\.+$");
	/** A lettered item under a section: "a) …", "b. …". */
	private static final Pattern LETTER_ITEM = Pattern.compile("^([a-zđ])\\s*[).]\\s+(\\p{L}.*)$");
	private static final int LONGEST_LABEL = 60;

	private final String sourceName;
	private final List<String> lines;
	private final List<PlanLine> source;
	private final PlanLine.Source document;
	private final List<PlanWarning> warnings = new ArrayList<>();
	private Integer planYear;
	private Integer yearFromTimeframes;
	private final List<Plan.Section> sections = new ArrayList<>();
	private final List<ParsedItem> items = new ArrayList<>();
	private final List<Plan.Rule> rules = new ArrayList<>();
	private final Map<String, Integer> codeLines = new HashMap<>();

	private PlanTextParser(String sourceName, PlanLine.Source document) {
		this.sourceName = sourceName;
		this.document = document;
		this.source = document.lines().stream()
			.map(line -> new PlanLine(line.kind(), normal(line.text()), line.place(), line.code(), line.field(),
					line.value() == null ? null : normal(line.value()), line.percentColumn()))
			.toList();
		this.lines = source.stream().map(PlanLine::text).toList();
		warnings.addAll(document.warnings());
	}

	private static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
	}

	static ParsedPlan parse(String sourceName, String text, String unitGiven) {
		return parse(sourceName, PlanLine.Source.text(Normalizer.normalize(text, Normalizer.Form.NFC)), unitGiven);
	}

	static ParsedPlan parse(String sourceName, PlanLine.Source document, String unitGiven) {
		return new PlanTextParser(sourceName, document).read(unitGiven);
	}

	private ParsedPlan read(String unitGiven) {
		var content = contentPart();
		// Without Roman parts there is no header apart from the content: look for it everywhere.
		var header = content.headingLine() < 0 && document.contentFrom() < 0 ? lines : lines.subList(0, content.from());
		var head = PlanHeader.read(header);
		Integer year = head.year();
		var title = head.title();

		if (year == null) {
			// The deadlines of time frames without a year ("Quý II") need the plan's year: without an
			// issuing line it is the earliest year of the time frames, read once beforehand.
			var firstReading = new PlanTextParser(sourceName, document);
			firstReading.readContent(content);
			yearFromTimeframes = firstReading.items.stream().map(item -> item.timeframe().fromYear())
				.filter(Objects::nonNull).min(Integer::compare).orElse(null);
		}
		planYear = year != null ? year : yearFromTimeframes;
		readContent(content);

		if (title == null) {
			title = sourceName.replaceFirst("\\.[^.]*$", "");
			warnings.add(0, PlanWarning.document("noTitle", title));
		}
		if (year == null) {
			year = yearFromTimeframes;
			warnings.add(0, year == null ? PlanWarning.document("noYear")
					: PlanWarning.document("yearFromTimeframe", String.valueOf(year)));
		}
		var unit = unitGiven != null && !unitGiven.isBlank() ? unitGiven.strip() : PlanHeader.unit(lines);
		if (unit == null) {
			warnings.add(0, PlanWarning.document("noUnit"));
		}
		return new ParsedPlan(sourceName, unit, head.number(), title, year, head.issuedText(), head.issuedOn(), sections,
				items, rules, warnings);
	}

	/** The lines of the content part: [from, to). */
	private record Part(int from, int to, int headingLine) {
	}

	private Part contentPart() {
		if (document.contentFrom() >= 0) {
			return new Part(document.contentFrom(), document.contentTo(), document.contentFrom() - 1);
		}
		var headings = new ArrayList<Integer>();
		for (int i = 0; i < lines.size(); i++) {
			if (ROMAN.matcher(lines.get(i).strip()).matches()) {
				headings.add(i);
			}
		}
		if (headings.isEmpty()) {
			return new Part(0, lines.size(), -1);
		}
		Part best = null;
		int bestFields = 0;
		for (int h = 0; h < headings.size(); h++) {
			int at = headings.get(h);
			var part = new Part(at + 1, h + 1 < headings.size() ? headings.get(h + 1) : lines.size(), at);
			var heading = PositionNames.matchKey(lines.get(at));
			if (heading.contains("nội dung") || heading.contains("nhiệm vụ")) {
				return part;
			}
			int fields = (int) lines.subList(part.from(), part.to()).stream().map(this::fieldLine)
				.filter(f -> f != null && f.field() != null).count();
			if (fields > bestFields) {
				best = part;
				bestFields = fields;
			}
		}
		if (best == null) {
			// No part holds an item: read the whole document, which then yields none.
			return new Part(0, lines.size(), -1);
		}
		warnings.add(PlanWarning.at(best.headingLine() + 1, source.get(best.headingLine()).place(),
				lines.get(best.headingLine()).strip(), "noContentHeading"));
		return best;
	}

	// --- the content part ---

	private record Line(int number, String text, PlanWarning.Place place) {
	}

	private final class SectionDraft {
		final String code;
		final String title;
		final Line heading;
		final List<Line> prose = new ArrayList<>();
		int itemCount;
		/** A section row of a Word table: one without items heads sub-sections, not a rule. */
		boolean fromTable;

		SectionDraft(String code, String title, Line heading) {
			this.code = code;
			this.title = title;
			this.heading = heading;
		}
	}

	/** A field's value as written; {@code percent}: from a column headed "(%)". */
	private record FieldValue(String value, Line line, boolean percent) {
	}

	private final class ItemDraft {
		final String code;
		final String sectionCode;
		final String title;
		final Line heading;
		final boolean skipped;
		final Map<ItemField, FieldValue> fields = new EnumMap<>(ItemField.class);

		ItemDraft(String code, String sectionCode, String title, Line heading, boolean skipped) {
			this.code = code;
			this.sectionCode = sectionCode;
			this.title = title;
			this.heading = heading;
			this.skipped = skipped;
		}
	}

	private void readContent(Part part) {
		SectionDraft section = null;
		ItemDraft item = null;
		for (int i = part.from(); i < part.to(); i++) {
			var planLine = source.get(i);
			var line = new Line(i + 1, lines.get(i).strip(), planLine.place());
			if (line.text().isEmpty()) {
				continue;
			}
			switch (planLine.kind()) {
				case SECTION -> {
					close(item);
					item = null;
					close(section);
					section = new SectionDraft(planLine.code(), title(planLine.value()), line);
					section.fromTable = true;
					continue;
				}
				case ITEM -> {
					close(item);
					var sectionCode = section != null ? section.code : sectionOf(planLine.code());
					item = startItem(planLine.code(), sectionCode, title(planLine.value()), line, section);
					continue;
				}
				case FIELD -> {
					if (item == null) {
						warn(line, "fieldOutsideItem");
					}
					else {
						set(item, new FieldLine(planLine.field(), planLine.field().name(), clean(planLine.value()),
								planLine.percentColumn()), line);
					}
					continue;
				}
				case TEXT -> {
				}
			}
			if (DEEP_ITEM.matcher(line.text()).lookingAt()) {
				warn(line, "deepItem");
				continue;
			}
			var itemHeading = ITEM.matcher(line.text());
			if (itemHeading.matches()) {
				close(item);
				item = startItem(itemHeading.group(1) + "." + itemHeading.group(2), itemHeading.group(1),
						title(itemHeading.group(3)), line, section);
				continue;
			}
			var sectionHeading = SECTION.matcher(line.text());
			if (sectionHeading.matches()) {
				close(item);
				item = null;
				close(section);
				section = new SectionDraft(sectionHeading.group(1), title(sectionHeading.group(2)), line);
				continue;
			}
			var lettered = LETTER_ITEM.matcher(line.text());
			if (section != null && lettered.matches() && fieldLine(line.text()) == null) {
				close(item);
				item = startItem(section.code + "." + lettered.group(1), section.code, title(lettered.group(2)), line,
						section);
				continue;
			}
			var field = fieldLine(line.text());
			if (field != null && field.field() == null) {
				var known = PlanLabels.of(field.label());
				warn(line, known == PlanLabels.Label.IGNORED ? "ignoredField" : "unknownField", field.label());
				continue;
			}
			if (field != null) {
				if (item == null && section != null && section.itemCount == 0 && !section.prose.isEmpty()) {
					// An item without a sub-number: the line after the section heading is its title.
					var current = section;
					var titleLine = current.prose.remove(0);
					current.prose.forEach(stray -> warn(stray, "strayLine", current.code));
					current.prose.clear();
					item = startItem(current.code, current.code, title(titleLine.text()), titleLine, current);
				}
				else if (item == null && section != null && section.itemCount == 0) {
					// "1. Tỷ lệ hồ sơ …" followed at once by its fields: the heading is the item's.
					item = startItem(section.code, section.code, section.title, section.heading, section);
				}
				if (item == null) {
					warn(line, "fieldOutsideItem");
					continue;
				}
				set(item, field, line);
				continue;
			}
			if (item != null) {
				warn(line, "strayLine", item.code);
			}
			else if (section != null) {
				section.prose.add(line);
			}
			else {
				warn(line, "outsideSection");
			}
		}
		close(item);
		close(section);
	}

	/** The section an item code belongs to without a section row above it: "1.2" is in "1". */
	private static String sectionOf(String code) {
		int dot = code.indexOf('.');
		return dot > 0 ? code.substring(0, dot) : code;
	}

	private ItemDraft startItem(String code, String sectionCode, String title, Line heading, SectionDraft section) {
		if (section != null) {
			section.prose.forEach(stray -> warn(stray, "strayLine", section.code));
			section.prose.clear();
			section.itemCount++;
		}
		if (section == null || !section.code.equals(sectionCode)) {
			warn(heading, "itemOutsideSection", code);
		}
		var firstLine = codeLines.putIfAbsent(code, heading.number());
		if (firstLine != null) {
			warn(heading, "duplicateCode", code, String.valueOf(firstLine));
		}
		return new ItemDraft(code, sectionCode, title, heading, firstLine != null);
	}

	private void set(ItemDraft item, FieldLine field, Line line) {
		if (item.fields.containsKey(field.field())) {
			warn(line, "duplicateField", item.code, String.valueOf(item.fields.get(field.field()).line().number()));
			return;
		}
		item.fields.put(field.field(), new FieldValue(field.value(), line, field.percent()));
	}

	private void close(SectionDraft section) {
		if (section == null) {
			return;
		}
		if (section.itemCount > 0) {
			sections.add(new Plan.Section(section.code, section.title));
			return;
		}
		if (section.fromTable) {
			sections.add(new Plan.Section(section.code, section.title));
			return;
		}
		if (!section.prose.isEmpty() || section.heading.text().endsWith(".")) {
			var text = new StringBuilder(clean(SECTION.matcher(section.heading.text()).replaceFirst("$2")));
			section.prose.forEach(line -> text.append(' ').append(clean(line.text())));
			rules.add(new Plan.Rule(section.code, text.toString()));
			return;
		}
		sections.add(new Plan.Section(section.code, section.title));
		warn(section.heading, "emptySection", section.code);
	}

	private void close(ItemDraft draft) {
		if (draft == null || draft.skipped) {
			return;
		}
		var code = draft.code;
		var unsure = java.util.EnumSet.noneOf(ItemField.class);
		for (var required : List.of(ItemField.BASELINE, ItemField.TARGET, ItemField.LEAD, ItemField.TIMEFRAME)) {
			if (!draft.fields.containsKey(required) || draft.fields.get(required).value().isEmpty()) {
				warn(draft.heading, "missing." + required.name().toLowerCase(Locale.ROOT), code);
				// A missing target is never silently qualitative: the preview shows it unsure.
				unsure.add(required);
			}
		}
		var targetText = value(draft, ItemField.TARGET);
		var target = PlanPhrases.target(reading(draft, ItemField.TARGET), code,
				args -> warnAt(draft, ItemField.TARGET, args, unsure));
		target = new Target(targetText, target.kind(), target.comparator(), target.value(), target.unit(), target.perYear());
		var baselineText = value(draft, ItemField.BASELINE);
		var baseline = PlanPhrases.baseline(reading(draft, ItemField.BASELINE), target.kind(), code,
				args -> warnAt(draft, ItemField.BASELINE, args, unsure));
		baseline = new Baseline(baselineText, baseline.value(), baseline.bound());
		var timeframe = TimeframePhrases.timeframe(value(draft, ItemField.TIMEFRAME), planYear, code,
				args -> warnAt(draft, ItemField.TIMEFRAME, args, unsure));

		var leadText = value(draft, ItemField.LEAD);
		String lead = null;
		String leadDuty = null;
		if (leadText != null) {
			var leads = leadText.split(";");
			if (leads.length > 1) {
				warnAt(draft, ItemField.LEAD, new String[] { "severalLeads", code, leads[0].strip() }, unsure);
			}
			var parsed = PositionNames.parse(leads[0]);
			lead = blankToNull(parsed.position());
			leadDuty = parsed.duty();
		}
		var coordinatingText = value(draft, ItemField.COORDINATING);
		var coordinating = new ArrayList<String>();
		if (coordinatingText != null) {
			for (var name : coordinatingText.split(";")) {
				var position = PositionNames.displayName(name);
				if (!position.isBlank()) {
					coordinating.add(position);
				}
			}
		}
		items.add(new ParsedItem(code, draft.sectionCode, draft.title, draft.heading.number(), baseline, target,
				leadText, lead, leadDuty, coordinatingText, coordinating, timeframe, draft.heading.place(),
				List.copyOf(unsure)));
	}

	/** The text a field is read from: as written, with "%" after its numbers in a column headed "(%)". */
	private static String reading(ItemDraft draft, ItemField field) {
		var value = value(draft, field);
		return value != null && draft.fields.get(field).percent() ? PlanPhrases.inPercent(value) : value;
	}

	private static String value(ItemDraft draft, ItemField field) {
		var value = draft.fields.get(field);
		return value == null ? null : blankToNull(value.value());
	}

	private void warnAt(ItemDraft draft, ItemField field, String[] keyAndArguments, java.util.Set<ItemField> unsure) {
		unsure.add(field);
		var value = draft.fields.get(field);
		var line = value == null ? draft.heading : value.line();
		warn(line, keyAndArguments[0], java.util.Arrays.copyOfRange(keyAndArguments, 1, keyAndArguments.length));
	}

	private void warn(Line line, String key, String... arguments) {
		warnings.add(PlanWarning.at(line.number(), line.place(), line.text(), key, arguments));
	}

	// --- field lines ---

	/** A line "- + Label: value"; {@code field} is null for a bulleted line with an unknown label. */
	private record FieldLine(ItemField field, String label, String value, boolean percent) {

		FieldLine(ItemField field, String label, String value) {
			this(field, label, value, false);
		}
	}

	private FieldLine fieldLine(String line) {
		var bullets = BULLETS.matcher(line);
		boolean bulleted = bullets.lookingAt() && !bullets.group().isBlank();
		var rest = bulleted ? line.substring(bullets.end()) : line.strip();
		int colon = rest.indexOf(':');
		if (colon < 1 || colon > LONGEST_LABEL) {
			return null;
		}
		var label = rest.substring(0, colon).strip();
		var field = PlanLabels.field(label);
		if (field == null && !bulleted) {
			return null;
		}
		return new FieldLine(field, label, clean(rest.substring(colon + 1)));
	}

	// --- text ---

	/** A value as written, less surrounding space and a stray " ." at the end. */
	static String clean(String text) {
		var stripped = text.strip();
		return STRAY_DOT.matcher(stripped).replaceFirst("").strip();
	}

	/** A heading's title: cleaned, without its closing ":". */
	static String title(String text) {
		var cleaned = clean(text);
		while (cleaned.endsWith(":")) {
			cleaned = clean(cleaned.substring(0, cleaned.length() - 1));
		}
		return cleaned;
	}





	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}

package vn.cchc.troly.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.plan.Plan;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.EvidenceCatalogue;
import vn.cchc.troly.progress.EvidenceKind;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.KeptEvidence;
import vn.cchc.troly.progress.Situation;
import vn.cchc.troly.report.DossierParts.Bundle;
import vn.cchc.troly.report.DossierParts.Entry;
import vn.cchc.troly.report.DossierParts.ItemFolder;

/**
 * The year-end dossier as .zip files on disk: a folder per item with its evidence named by date and
 * number, and an index workbook (items with baseline, target, result and status by the one status
 * rule; every piece of evidence with the name it has in the .zip, or "not downloaded yet"). Files are
 * streamed from the evidence folder into the .zip, never held whole in memory. A dossier larger than
 * a part ({@link DossierSettings#partSize}) is cut into parts between item folders (an item's folder
 * is cut only when it alone is larger than a part); each part holds the index and is a .zip of its own.
 */
@Service
@Transactional(readOnly = true)
public class DossierService {

	private static final Logger log = LoggerFactory.getLogger(DossierService.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	/** A part a crash left behind is swept when the next dossier is built a week later (the outbox has long sent or given up by then). */
	private static final Duration LEFT_BEHIND = Duration.ofDays(7);

	private final PlanItems planItems;
	private final PlanManagement plans;
	private final ItemSituation situations;
	private final EvidenceCatalogue catalogue;
	private final EvidenceStore store;
	private final DossierGaps gaps;
	private final DossierSettings settings;
	private final DossierZip zip;
	private final MessageSource messages;
	private final Clock clock;

	DossierService(PlanItems planItems, PlanManagement plans, ItemSituation situations, EvidenceCatalogue catalogue,
			EvidenceStore store, DossierGaps gaps, DossierSettings settings, MessageSource messages, Clock clock) {
		this.planItems = planItems;
		this.plans = plans;
		this.situations = situations;
		this.catalogue = catalogue;
		this.store = store;
		this.gaps = gaps;
		this.settings = settings;
		this.zip = new DossierZip(store);
		this.messages = messages;
		this.clock = clock;
	}

	/** The dossier in parts no larger than the setting; empty without such a plan or item. */
	public Optional<Dossier> build(DossierScope scope, Locale locale) {
		return build(scope, locale, settings.partSize().toBytes());
	}

	/** The dossier in parts no larger than {@code partSize} (the sandbox page asks for one .zip). */
	public Optional<Dossier> build(DossierScope scope, Locale locale, long partSize) {
		return chosen(scope).map(chosen -> write(chosen, locale, partSize));
	}

	private record Chosen(Plan plan, List<Situation> situations, String itemCode) {
	}

	private Optional<Chosen> chosen(DossierScope scope) {
		if (scope instanceof DossierScope.Year year) {
			return plans.plan(year.year())
				.map(plan -> new Chosen(plan, situations.situations(plan.id(), year.year()), null));
		}
		if (scope instanceof DossierScope.Item item) {
			return planItems.currentPlan()
				.flatMap(plan -> situations.situation(item.code())
					.map(situation -> new Chosen(plan, List.of(situation), situation.item().code())));
		}
		return planItems.currentPlan().map(plan -> new Chosen(plan, situations.situations(plan.id()), null));
	}

	private Dossier write(Chosen chosen, Locale locale, long partSize) {
		var folder = folder();
		var evidence = catalogue.ofPlan(chosen.plan().id()).stream()
			.collect(Collectors.groupingBy(KeptEvidence::planItemId));
		var complete = gaps.completeItems(chosen.situations().stream().map(s -> s.item().id()).toList());
		var folders = new ArrayList<ItemFolder>();
		for (var situation : chosen.situations()) {
			var name = DossierNames.folder(situation.item());
			var taken = DossierNames.names();
			var entries = new ArrayList<Entry>();
			for (var piece : evidence.getOrDefault(situation.item().id(), List.of())) {
				var size = size(piece);
				entries.add(size < 0 ? new Entry(piece, null, 0)
						: new Entry(piece, name + "/" + DossierNames.file(piece, clock.getZone(), taken), size));
			}
			folders.add(new ItemFolder(situation, name, entries));
		}
		var baseName = baseName(chosen);
		var index = text(locale, "report.dossier.index.fileName");
		try {
			// The index is written once to know its size, then again with each item's part.
			var draft = Files.createTempFile(folder, "index-", ".xlsx");
			List<Bundle> bundles;
			try {
				DossierIndex.write(sheets(chosen, folders, complete, null, locale), draft);
				var reserve = Files.size(draft) + Files.size(draft) / 10 + 16 * 1024 + DossierParts.estimate(index, 0);
				bundles = DossierParts.bundles(folders, Math.max(1, partSize - reserve));
			}
			finally {
				Files.deleteIfExists(draft);
			}
			var indexFile = Files.createTempFile(folder, "index-", ".xlsx");
			try {
				DossierIndex.write(sheets(chosen, folders, complete, bundles.size() > 1 ? bundles : null, locale),
						indexFile);
				var parts = new ArrayList<Dossier.Part>();
				for (int i = 0; i < bundles.size(); i++) {
					var fileName = bundles.size() == 1 ? baseName + ".zip"
							: baseName + "-phan-" + (i + 1) + "-of-" + bundles.size() + ".zip";
					var part = Files.createTempFile(folder, "hoso-", ".zip");
					zip.write(part, index, indexFile, bundles.get(i));
					parts.add(new Dossier.Part(part, fileName, i + 1, bundles.get(i).folders().stream()
						.map(f -> f.situation().item().code()).distinct().toList()));
				}
				var files = (int) folders.stream().flatMap(f -> f.entries().stream()).filter(Entry::inZip).count();
				var missing = (int) folders.stream().flatMap(f -> f.entries().stream()).filter(e -> !e.inZip()).count();
				return new Dossier(chosen.plan().title(), chosen.plan().year(), chosen.itemCode(), parts, folders.size(),
						files, missing);
			}
			finally {
				Files.deleteIfExists(indexFile);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the dossier in " + folder, e);
		}
	}

	/** "hoso-2025", "hoso-2025-muc-2.2". */
	private static String baseName(Chosen chosen) {
		var base = "hoso-" + chosen.plan().year();
		return chosen.itemCode() == null ? base : base + "-muc-" + chosen.itemCode().replaceAll("[^0-9A-Za-z.]", "");
	}

	/** The bytes' size; -1 when they are not with us (not downloaded yet, or gone from the folder). */
	private long size(KeptEvidence evidence) {
		if (evidence.kind() == EvidenceKind.TEXT) {
			return evidence.content() == null ? -1 : evidence.content().getBytes(StandardCharsets.UTF_8).length;
		}
		if (evidence.sha256() == null || !store.has(evidence.sha256())) {
			return -1;
		}
		if (evidence.sizeBytes() != null) {
			return evidence.sizeBytes();
		}
		try {
			return Files.size(store.path(evidence.sha256()));
		}
		catch (IOException e) {
			return -1;
		}
	}

	private List<ExportWorkbook.SheetData> sheets(Chosen chosen, List<ItemFolder> folders, Set<Long> complete,
			List<Bundle> bundles, Locale locale) {
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		var withParts = bundles != null;
		var itemRows = new ArrayList<List<String>>();
		var evidenceRows = new ArrayList<List<String>>();
		for (var folder : folders) {
			var situation = folder.situation();
			var item = situation.item();
			var inZip = folder.entries().stream().filter(Entry::inZip).count();
			var dossier = complete.contains(item.id()) ? text(locale, "report.dossier.index.complete", inZip)
					: String.valueOf(inZip);
			var row = new ArrayList<>(List.of(item.code(), item.title(),
					item.baseline() == null ? "" : nullToEmpty(item.baseline().text()), nullToEmpty(item.target().text()),
					situation.latest() == null ? "" : FigureFormat.format(situation.latest(), locale),
					status(situation, locale), nullToEmpty(situation.latestNote()), dossier));
			if (withParts) {
				row.add(parts(bundles, folder, null));
			}
			itemRows.add(row);
			for (var entry : folder.entries()) {
				var evidence = entry.evidence();
				var line = new ArrayList<>(List.of(item.code(), nullToEmpty(evidence.documentNumber()),
						evidence.documentDate() == null ? "" : DAY.format(evidence.documentDate()),
						nullToEmpty(evidence.issuer()), nullToEmpty(evidence.page()),
						entry.inZip() ? entry.name() : text(locale, "report.dossier.index.notDownloaded"),
						nullToEmpty(evidence.senderName()),
						DAY.format(LocalDate.ofInstant(evidence.receivedAt(), clock.getZone()))));
				if (withParts) {
					line.add(entry.inZip() ? parts(bundles, folder, entry) : "");
				}
				evidenceRows.add(line);
			}
		}
		var itemHeaders = new ArrayList<>(headers(locale, "report.dossier.index.items.header.", "code", "content",
				"baseline", "target", "result", "status", "notes", "files"));
		var itemWidths = new ArrayList<>(List.of(8, 45, 25, 30, 16, 22, 40, 14));
		var evidenceHeaders = new ArrayList<>(headers(locale, "report.dossier.index.evidence.header.", "code",
				"number", "date", "issuer", "page", "file", "sender", "received"));
		var evidenceWidths = new ArrayList<>(List.of(8, 20, 12, 28, 14, 55, 22, 12));
		if (withParts) {
			itemHeaders.add(text(locale, "report.dossier.index.part"));
			itemWidths.add(8);
			evidenceHeaders.add(text(locale, "report.dossier.index.part"));
			evidenceWidths.add(8);
		}
		var title = chosen.itemCode() == null
				? text(locale, "report.dossier.index.title", chosen.plan().title(), DAY.format(today))
				: text(locale, "report.dossier.index.title.item", chosen.itemCode(), chosen.plan().title(),
						DAY.format(today));
		return List.of(
				new ExportWorkbook.SheetData(text(locale, "report.dossier.index.items.sheet"), title, itemHeaders, itemWidths,
						itemRows),
				new ExportWorkbook.SheetData(text(locale, "report.dossier.index.evidence.sheet"), title, evidenceHeaders,
						evidenceWidths, evidenceRows));
	}

	/** The part (or parts, "2, 3", for an item cut between parts) that hold the folder or the file. */
	private static String parts(List<Bundle> bundles, ItemFolder folder, Entry entry) {
		var numbers = new ArrayList<String>();
		for (int i = 0; i < bundles.size(); i++) {
			var holds = bundles.get(i).folders().stream()
				.anyMatch(f -> f.situation().item().id().equals(folder.situation().item().id())
						&& (entry == null || f.entries().contains(entry)));
			if (holds) {
				numbers.add(String.valueOf(i + 1));
			}
		}
		return String.join(", ", numbers);
	}

	/** "🟡 Gần đạt (…)": the mark and the words /tinhhinh uses. */
	private String status(Situation situation, Locale locale) {
		var status = situation.status();
		var shown = new StringBuilder(status.status().mark()).append(' ').append(text(locale, status.labelKey()));
		if (status.reasonKey() != null) {
			shown.append(" (").append(text(locale, status.reasonKey())).append(')');
		}
		if (status.overdue()) {
			shown.append(", ").append(text(locale, "progress.status.overdue"));
		}
		return shown.toString();
	}

	/** The working folder, swept of parts a crash left behind. */
	private Path folder() {
		var folder = settings.folder().toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
			var before = clock.instant().minus(LEFT_BEHIND);
			try (var old = Files.list(folder)) {
				for (var file : old.toList()) {
					if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
		catch (IOException e) {
			log.warn("Could not sweep the dossier folder {}: {}", folder, e.toString());
		}
		return folder;
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

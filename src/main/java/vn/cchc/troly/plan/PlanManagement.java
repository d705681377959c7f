package vn.cchc.troly.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;

/**
 * Reads plans from documents and stores them, and tells which plans there are: the operator's
 * plan-check and plan-import, and the coordinator's import from chat. Reading ({@link #check},
 * {@link #preview}) never stores anything; a file that is not a plan (too large, empty, an image,
 * a letter with no items…) is rejected with a {@link PlanRejectedException} and nothing is stored.
 * <p>
 * Years: a commune writes a plan each year. Importing a later year's plan makes it the current
 * one ({@link #currentPlan()}: what officials report on); earlier years' plans and their items stay,
 * readable by year ({@link #plans()}, {@link #plan(int)}, {@link #items(long)}). Importing the same
 * plan again (same unit, year and title) updates it in place.
 */
@Service
public class PlanManagement {

	private final PlanStore store;
	private final PlanRepository plans;
	private final PlanItems items;
	private final PlanSettings settings;
	private final Units units;
	private final UnitScope scope;

	PlanManagement(PlanStore store, PlanRepository plans, PlanItems items, PlanSettings settings, Units units,
			UnitScope scope) {
		this.store = store;
		this.plans = plans;
		this.items = items;
		this.settings = settings;
		this.units = units;
		this.scope = scope;
	}

	/**
	 * The plan a document holds, with every warning about what could not be read.
	 * @param sourceName the file's name, as the user knows it
	 * @param unitName the unit the plan belongs to, or null to take it from the document
	 * @throws PlanRejectedException when the document is too large or holds no plan (no items)
	 */
	public ParsedPlan check(String sourceName, byte[] content, String unitName) {
		var limit = settings.maxFileSize().toBytes();
		if (content.length > limit) {
			throw new PlanRejectedException("tooLarge", sourceName, size(content.length), size(limit));
		}
		var parsed = PlanTextParser.parse(sourceName, PlanDocuments.read(sourceName, content), unitName);
		if (parsed.items().isEmpty()) {
			throw new PlanRejectedException("noItems", sourceName);
		}
		return parsed;
	}

	public ParsedPlan check(Path file, String unitName) {
		return check(file.getFileName().toString(), read(file), unitName);
	}

	/**
	 * What importing a document (.txt, .docx or .doc) would do, nothing stored: the plan as read,
	 * its warnings with their places, and when the same plan is stored already what would change.
	 * @param unitName the unit the plan belongs to, or null to take it from the document
	 * @throws PlanRejectedException as {@link #importPlan(String, byte[], String)} would; a refusal
	 * stores nothing, so it leaves a caller's transaction (the chat's update) to commit
	 */
	@Transactional(readOnly = true, noRollbackFor = PlanRejectedException.class)
	public PlanPreview preview(String sourceName, byte[] content, String unitName) {
		var parsed = storable(check(sourceName, content, unitName));
		var existing = store.existing(parsed);
		var unit = units.forPlanIfAny(parsed.unitName());
		var current = unit.flatMap(u -> scope.within(u.unitId(), this::currentSummary));
		// The current plan is the latest year's, of that year the one imported last.
		boolean becomesCurrent = current.isEmpty() || parsed.year() >= current.get().year();
		return new PlanPreview(parsed, existing.isEmpty(), existing.map(Plan::id).orElse(null),
				existing.map(Plan::importedAt).orElse(null), store.compare(parsed), becomesCurrent, current.orElse(null));
	}

	/**
	 * Stores exactly what a preview showed.
	 * @throws PlanRejectedException ("stale") when the plan was imported or changed since the
	 * preview was made; nothing is stored then, and a caller's transaction may still commit
	 */
	@Transactional(noRollbackFor = PlanRejectedException.class)
	public ImportResult importPlan(PlanPreview preview) {
		var existing = store.existing(preview.plan());
		var basedOn = existing.map(Plan::importedAt).orElse(null);
		if (!Objects.equals(existing.map(Plan::id).orElse(null), preview.existingPlanId())
				|| !Objects.equals(basedOn, preview.basedOn())) {
			throw new PlanRejectedException("stale", preview.plan().title());
		}
		return store.store(preview.plan());
	}

	/**
	 * Reads and stores a plan: a new one, or the same plan again (same unit, year and title),
	 * whose items are updated in place and withdrawn when they are gone.
	 * @throws PlanRejectedException when it holds no plan, or neither the document nor the caller
	 * names the unit or the year; nothing is stored then
	 */
	public ImportResult importPlan(String sourceName, byte[] content, String unitName) {
		return store.store(storable(check(sourceName, content, unitName)));
	}

	public ImportResult importPlan(Path file, String unitName) {
		return importPlan(file.getFileName().toString(), read(file), unitName);
	}

	/** The plan the unit in scope works on now (the latest year's), with its sections; empty before any import. */
	public Optional<Plan> currentPlan() {
		return items.currentPlan();
	}

	/** The unit in scope's plans, each with its year; its current plan is marked. */
	public List<PlanSummary> plans() {
		return plans.findSummaries(scope.currentIdOrNone());
	}

	/**
	 * The current plan's unit's plan of a year ("/xuat 2024"), current or not; of two plans of
	 * that year the one imported last. Empty when there is none, or no plan at all.
	 */
	public Optional<Plan> plan(int year) {
		return plans.findCurrentId(scope.currentIdOrNone()).flatMap(current -> plans.findIdOfYearBeside(current, year))
			.flatMap(plans::findById);
	}

	/** Every unit's current plan, by unit: what the province looks across. */
	public java.util.Map<UnitId, Long> currentPlanOfEveryUnit() {
		var byUnit = new java.util.LinkedHashMap<UnitId, Long>();
		plans.findCurrentOfEveryUnit().forEach(row -> byUnit.put(new UnitId(row.unitId()), row.planId()));
		return byUnit;
	}

	/** A plan's items (withdrawn ones left out) in the plan's order, whether current or not. */
	public List<PlanItem> items(long planId) {
		return items.ofPlan(planId);
	}

	private Optional<Long> existingUnit() {
		return scope.current().map(UnitId::value);
	}

	private Optional<PlanSummary> currentSummary() {
		return existingUnit().flatMap(unit -> plans.findCurrentId(unit)
			.flatMap(id -> plans.findSummaries(unit).stream().filter(s -> s.id() == id).findFirst()));
	}

	/**
	 * A plan ready to store: in the unit in scope (a coordinator's import, the operator's --unit), the
	 * plan is that unit's, once the unit has a name; else the document must name its unit and year.
	 */
	private ParsedPlan storable(ParsedPlan read) {
		var parsed = read;
		if (scope.isBound()) {
			var unit = units.byId(scope.current().orElseThrow()).orElseThrow();
			if (unit.name() != null) {
				parsed = read.asUnit(unit.name());
			}
		}
		if (parsed.unitName() == null) {
			throw new PlanRejectedException("noUnit", parsed.sourceName());
		}
		if (parsed.year() == null) {
			throw new PlanRejectedException("noYear", parsed.sourceName());
		}
		return parsed;
	}

	/** 6 MB, 512 KB: a size as a person says it. */
	private static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			var megabytes = bytes / (1024.0 * 1024);
			return (megabytes == Math.rint(megabytes) ? String.valueOf((long) megabytes)
					: String.format(java.util.Locale.ROOT, "%.1f", megabytes).replace('.', ',')) + " MB";
		}
		return Math.max(1, bytes / 1024) + " KB";
	}

	private byte[] read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new PlanRejectedException("missing", file.toString());
		}
		try {
			if (Files.size(file) > settings.maxFileSize().toBytes()) {
				throw new PlanRejectedException("tooLarge", file.getFileName().toString(), size(Files.size(file)),
						size(settings.maxFileSize().toBytes()));
			}
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new PlanRejectedException("unreadable", file.toString(), String.valueOf(e.getMessage()));
		}
	}
}

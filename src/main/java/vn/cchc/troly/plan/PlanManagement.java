package vn.cchc.troly.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;

/**
 * Reads plans from documents and stores them: the operator's plan-check and plan-import, and the
 * coordinator's import from chat. Reading ({@link #check}) never stores anything; a file that is
 * not a plan is rejected with a {@link PlanRejectedException} and nothing is stored.
 */
@Service
public class PlanManagement {

	private final PlanStore store;

	PlanManagement(PlanStore store) {
		this.store = store;
	}

	/**
	 * The plan a document holds, with every warning about what could not be read.
	 * @param unitName the unit the plan belongs to, or null to take it from the document
	 * @throws PlanRejectedException when the document holds no plan (no items)
	 */
	public ParsedPlan check(String sourceName, byte[] content, String unitName) {
		var parsed = PlanTextParser.parse(sourceName, PlanDocuments.text(sourceName, content), unitName);
		if (parsed.items().isEmpty()) {
			throw new PlanRejectedException("noItems", sourceName);
		}
		return parsed;
	}

	public ParsedPlan check(Path file, String unitName) {
		return check(file.getFileName().toString(), read(file), unitName);
	}

	/**
	 * Reads and stores a plan: a new one, or the same plan again (same unit, year and title),
	 * whose items are updated in place and withdrawn when they are gone.
	 * @throws PlanRejectedException when it holds no plan, or neither the document nor the caller
	 * names the unit or the year; nothing is stored then
	 */
	public ImportResult importPlan(String sourceName, byte[] content, String unitName) {
		var parsed = check(sourceName, content, unitName);
		if (parsed.unitName() == null) {
			throw new PlanRejectedException("noUnit", sourceName);
		}
		if (parsed.year() == null) {
			throw new PlanRejectedException("noYear", sourceName);
		}
		return store.store(parsed);
	}

	public ImportResult importPlan(Path file, String unitName) {
		return importPlan(file.getFileName().toString(), read(file), unitName);
	}

	private static byte[] read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new PlanRejectedException("missing", file.toString());
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new PlanRejectedException("unreadable", file.toString(), String.valueOf(e.getMessage()));
		}
	}
}

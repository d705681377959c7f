package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.people.UnitScope;

/**
 * What the chat's import needs from the plan module: a preview that stores nothing and says what
 * would change, an import of exactly that preview, a limit on size, and plans kept by year.
 */
@RepositoryTest
@Import({ PlanManagement.class, PlanStore.class, PlanItems.class, Positions.class, UnitScope.class, Units.class, PlanManagementTests.FixedClock.class })
@EnableConfigurationProperties(PlanSettings.class)
class PlanPreviewTests {

	@Autowired PlanManagement management;
	@Autowired PlanStore store;
	@Autowired PlanRepository plans;
	@Autowired PlanItemRepository items;
	@Autowired PlanItems planItems;
	@Autowired Positions positions;
	@Autowired Units units;
	@Autowired UnitScope scope;

	static byte[] plan2025() throws IOException {
		var seed = Files.readString(SeedPlanTests.SEED);
		return seed.replace("ngày tháng 3 năm 2024", "ngày 05 tháng 3 năm 2025")
			.replace("Khắc phục những hạn chế trong thực hiện cải cách hành chính năm 2023",
					"Khắc phục những hạn chế trong thực hiện cải cách hành chính năm 2024")
			.replace("Trong năm 2024 và những năm tiếp theo.", "Quý II/2025.")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aPreviewStoresNothingAndTheImportStoresExactlyIt() throws IOException {
		var preview = management.preview("pho-chau-2024.txt", PlanManagementTests.seed(), null);

		assertThat(preview.newPlan()).isTrue();
		assertThat(preview.becomesCurrent()).isTrue();
		assertThat(preview.changes(ImportResult.Outcome.ADDED)).hasSize(10)
			.allSatisfy(change -> assertThat(change.itemId()).isNull());
		assertThat(preview.plan().items().get(3).place()).isEqualTo(PlanWarning.Place.line(61));
		assertThat(plans.count()).isZero();
		assertThat(items.count()).isZero();
		assertThat(positions.all()).as("no position is created by a preview").isEmpty();

		var result = management.importPlan(preview);

		assertThat(result.items(ImportResult.Outcome.ADDED)).hasSize(10);
		assertThat(planItems.current()).extracting(PlanItem::code).containsExactlyElementsOf(
				preview.plan().items().stream().map(ParsedItem::code).toList());
	}

	@Test
	void aCoordinatorsPlanGoesIntoTheirUnitAndAnotherUnitsNameIsShownAsAWarning() throws IOException {
		var ward = units.add("UBND phường Trương Quang Trọng");
		units.add("UBND xã Phổ Châu");

		var seed = PlanManagementTests.seed();
		var preview = scope.within(ward.unitId(), () -> management.preview("pho-chau-2024.txt", seed, null));

		assertThat(preview.plan().unitName()).isEqualTo("UBND phường Trương Quang Trọng");
		assertThat(preview.plan().warnings()).first().satisfies(warning -> {
			assertThat(warning.messageKey()).isEqualTo("plan.warning.otherUnit");
			assertThat(warning.arguments()).containsExactly("UBND xã Phổ Châu", "UBND phường Trương Quang Trọng");
		});
		var result = scope.within(ward.unitId(), () -> management.importPlan(preview));
		assertThat(result.unitName()).isEqualTo("UBND phường Trương Quang Trọng");
		assertThat(scope.within(ward.unitId(), () -> planItems.current())).hasSize(10);
		var commune = units.find("xã Phổ Châu").orElseThrow();
		assertThat(scope.within(commune.unitId(), () -> planItems.current())).as("the commune has no plan").isEmpty();
		assertThat(scope.within(commune.unitId(), () -> positions.all())).as("nor the ward's positions").isEmpty();
	}

	@Test
	void aPreviewOfACorrectedPlanSaysWhatWouldChange() throws IOException {
		management.importPlan("pho-chau-2024.txt", PlanManagementTests.seed(), null);
		var corrected = PlanManagementTests.seedWith("Trên 75% hồ sơ được thanh toán trực tuyến.",
				"Không thấp hơn 80% hồ sơ được thanh toán trực tuyến.");

		var preview = management.preview("pho-chau-2024-sua.txt", corrected, null);

		assertThat(preview.newPlan()).isFalse();
		assertThat(preview.changes(ImportResult.Outcome.CHANGED)).extracting(ImportResult.ItemOutcome::code,
				ImportResult.ItemOutcome::changed).containsExactly(tuple("3.4", List.of(ItemField.TARGET)));
		assertThat(preview.changes(ImportResult.Outcome.UNCHANGED)).hasSize(9);
		assertThat(planItems.byCode("3.4").orElseThrow().target().value()).as("nothing stored yet").isEqualByComparingTo("75");

		management.importPlan(preview);
		var target = planItems.byCode("3.4").orElseThrow().target();
		assertThat(target.comparator()).isEqualTo(Comparator.GE);
		assertThat(target.value()).isEqualByComparingTo("80");
	}

	@Test
	void aPreviewMadeBeforeAnotherImportIsRefused() throws IOException {
		var preview = management.preview("pho-chau-2024.txt", PlanManagementTests.seed(), null);
		management.importPlan("pho-chau-2024.txt", PlanManagementTests.seed(), null);

		assertThatThrownBy(() -> management.importPlan(preview)).isInstanceOfSatisfying(PlanRejectedException.class,
				e -> assertThat(e.messageKey()).isEqualTo("plan.rejected.stale"));
		assertThat(plans.count()).isEqualTo(1);
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
		var small = new PlanManagement(store, plans, planItems, new PlanSettings(DataSize.ofKilobytes(4)), units, scope);

		assertThatThrownBy(() -> small.preview("pho-chau-2024.txt", PlanManagementTests.seed(), null))
			.isInstanceOfSatisfying(PlanRejectedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("plan.rejected.tooLarge");
				assertThat(e.arguments()).containsExactly("pho-chau-2024.txt", "8 KB", "4 KB");
			});
		assertThat(PlanSettings.defaults().maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
	}

	@Test
	void theNextYearsPlanBecomesCurrentAndLastYearsStaysReadable() throws IOException {
		var first = management.importPlan("pho-chau-2024.txt", PlanManagementTests.seed(), null);
		var old2_2 = planItems.byCode("2.2").orElseThrow();

		var preview = management.preview("pho-chau-2025.txt", plan2025(), null);
		assertThat(preview.newPlan()).isTrue();
		assertThat(preview.becomesCurrent()).isTrue();
		assertThat(preview.current().year()).isEqualTo(2024);
		var second = management.importPlan(preview);

		assertThat(management.currentPlan().orElseThrow().year()).isEqualTo(2025);
		assertThat(planItems.byCode("2.2").orElseThrow().id()).as("officials now report on the new year's item")
			.isEqualTo(second.items().get(3).itemId()).isNotEqualTo(old2_2.id());
		assertThat(planItems.byCode("2.2").orElseThrow().deadlineOn(LocalDate.of(2025, 4, 1)))
			.isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(management.plans()).extracting(PlanSummary::year, PlanSummary::items, PlanSummary::current)
			.containsExactly(tuple(2025, 10, true), tuple(2024, 10, false));
		assertThat(management.plan(2024).orElseThrow().id()).isEqualTo(first.planId());
		assertThat(management.items(first.planId())).extracting(PlanItem::id).contains(old2_2.id()).hasSize(10);
		assertThat(management.plan(2023)).isEmpty();

		// A correction of last year's plan is stored, and the new year's stays current.
		var correction = management.preview("pho-chau-2024.txt", PlanManagementTests.seedWith("Đạt trên 98% số thủ tục",
				"Đạt trên 99% số thủ tục"), null);
		assertThat(correction.becomesCurrent()).isFalse();
		management.importPlan(correction);
		assertThat(management.currentPlan().orElseThrow().year()).isEqualTo(2025);
		assertThat(items.count()).as("nothing of the old year is deleted").isEqualTo(20);
	}

	@Test
	void theCoordinatorsDeadlineSurvivesAReimportThatMovesThePlans() throws IOException {
		management.importPlan("pho-chau-2025.txt", plan2025(), null);
		var item = planItems.byCode("1.1").orElseThrow();
		planItems.setDeadline(item.itemId(), LocalDate.of(2025, 5, 15));

		var moved = new String(plan2025(), StandardCharsets.UTF_8).replace("Quý II/2025.", "Quý III/2025.");
		var result = management.importPlan("pho-chau-2025.txt", moved.getBytes(StandardCharsets.UTF_8), null);

		assertThat(result.items(ImportResult.Outcome.CHANGED)).hasSize(10)
			.allSatisfy(change -> assertThat(change.changed()).containsExactly(ItemField.TIMEFRAME));
		var after = planItems.byId(item.itemId()).orElseThrow();
		assertThat(after.timeframe().deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(after.deadline()).isEqualTo(LocalDate.of(2025, 5, 15));
		assertThat(after.deadlineOn(LocalDate.of(2025, 4, 1))).isEqualTo(LocalDate.of(2025, 5, 15));
		assertThat(planItems.byCode("1.2").orElseThrow().deadlineOn(LocalDate.of(2025, 4, 1)))
			.isEqualTo(LocalDate.of(2025, 9, 30));
	}
}

package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.people.PositionKind;
import vn.cchc.troly.people.Positions;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;

@RepositoryTest
@Import({ PlanManagement.class, PlanStore.class, PlanItems.class, Positions.class, UnitScope.class, Units.class })
@org.springframework.boot.context.properties.EnableConfigurationProperties(PlanSettings.class)
class PlanManagementTests {

	static final Instant NOW = Instant.parse("2024-03-20T02:00:00Z");

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}
	}

	@Autowired PlanManagement management;
	@Autowired PlanItems planItems;
	@Autowired PlanItemRepository items;
	@Autowired PlanRepository plans;
	@Autowired Units units;
	@Autowired Positions positions;

	static byte[] seed() throws IOException {
		return Files.readAllBytes(SeedPlanTests.SEED);
	}

	static byte[] seedWith(String from, String to) throws IOException {
		var text = Files.readString(SeedPlanTests.SEED);
		assertThat(text).contains(from);
		return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void theSeedIsStoredAsTheCurrentPlanWithOnePositionPerName() throws IOException {
		var result = management.importPlan("pho-chau-2024.txt", seed(), null);

		assertThat(result.newPlan()).isTrue();
		assertThat(result.unitName()).isEqualTo("UBND xã Phổ Châu");
		assertThat(result.items(ImportResult.Outcome.ADDED)).hasSize(10);
		var current = planItems.current();
		assertThat(current).extracting(PlanItem::code)
			.containsExactly("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "4");
		var item1_2 = planItems.byCode("1.2").orElseThrow();
		var item2_2 = planItems.byCode("2.2").orElseThrow();
		assertThat(item2_2.leadPosition().getId()).as("Văn Phòng - Thống kê phụ trách Một cửa is Văn phòng - Thống kê")
			.isEqualTo(item1_2.leadPosition().getId());
		assertThat(item2_2.leadDuty()).isEqualTo("phụ trách Một cửa");
		assertThat(item2_2.target().value()).isEqualByComparingTo("98");
		assertThat(item2_2.deadline()).isNull();
		assertThat(item2_2.deadlineOn(LocalDate.of(2025, 5, 1))).isEqualTo(LocalDate.of(2025, 12, 31));

		var coordinators = planItems.byCode("3.4").orElseThrow().coordinating().stream()
			.map(c -> positions.byId(c.position().getId()).orElseThrow()).toList();
		assertThat(coordinators).extracting(p -> p.name(), p -> p.kind())
			.containsExactly(tuple("Cán bộ, công chức xã", PositionKind.ALL_STAFF),
					tuple("Thủ quỹ - Văn thư - lưu trữ", PositionKind.POSITION));
		assertThat(positions.find("Bộ phận Một cửa xã").orElseThrow().kind()).isEqualTo(PositionKind.TEAM);
		assertThat(positions.all()).extracting(p -> p.name()).containsExactlyInAnyOrder("Văn hóa - xã hội",
				"Văn phòng - Thống kê", "Tư pháp - Hộ tịch", "Tài chính - Kế toán", "Cán bộ, công chức xã",
				"Bộ phận Một cửa xã", "Thủ quỹ - Văn thư - lưu trữ");

		var plan = plans.findById(result.planId()).orElseThrow();
		assertThat(plan.number()).isEqualTo("/KH-UBND");
		assertThat(plan.importedAt()).isEqualTo(NOW);
		assertThat(plan.rules()).extracting(Plan.Rule::code).containsExactly("5");
		assertThat(plan.sections()).hasSize(4);
	}

	@Test
	void importingTheSamePlanTwiceChangesNothing() throws IOException {
		var first = management.importPlan("pho-chau-2024.txt", seed(), null);
		var idsBefore = items.findAll().stream().map(PlanItem::id).toList();

		var second = management.importPlan("pho-chau-2024.txt", seed(), "UBND xã Phổ Châu");

		assertThat(second.newPlan()).isFalse();
		assertThat(second.planId()).isEqualTo(first.planId());
		assertThat(second.items()).extracting(ImportResult.ItemOutcome::outcome).containsOnly(ImportResult.Outcome.UNCHANGED);
		assertThat(plans.count()).isEqualTo(1);
		assertThat(units.all()).hasSize(1);
		assertThat(items.findAll()).extracting(PlanItem::id).containsExactlyInAnyOrderElementsOf(idsBefore);
	}

	@Test
	void aCorrectedPlanUpdatesItemsInPlaceAndSaysWhichFieldsChanged() throws IOException {
		management.importPlan("pho-chau-2024.txt", seed(), null);
		var before = planItems.byCode("2.2").orElseThrow();
		planItems.setDeadline(before.itemId(), LocalDate.of(2024, 9, 30));

		var corrected = seedWith("Đạt trên 98% số thủ tục", "Đạt trên 99% số thủ tục");
		var result = management.importPlan("pho-chau-2024-sua.txt", corrected, null);

		assertThat(result.items(ImportResult.Outcome.CHANGED))
			.extracting(ImportResult.ItemOutcome::code, ImportResult.ItemOutcome::itemId, ImportResult.ItemOutcome::changed)
			.containsExactly(tuple("2.2", before.id(), java.util.List.of(ItemField.TARGET)));
		assertThat(result.items(ImportResult.Outcome.UNCHANGED)).hasSize(9);
		var after = planItems.byId(before.itemId()).orElseThrow();
		assertThat(after.target().value()).isEqualByComparingTo("99");
		assertThat(after.deadline()).as("the coordinator's deadline survives").isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(items.count()).isEqualTo(10);
	}

	@Test
	void anItemGoneFromTheDocumentIsWithdrawnNotDeletedAndComesBack() throws IOException {
		management.importPlan("pho-chau-2024.txt", seed(), null);
		var item3_5 = planItems.byCode("3.5").orElseThrow();
		var withoutItem3_5 = seedWith("""
				3.5. Tỷ lệ thủ tục hành chính được triển khai thanh toán trực tuyến:

				- Kết quả thực hiện năm 2023: Tỷ lệ thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến chưa đạt 100%.

				- Chỉ tiêu khắc phục: 100% thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến.

				- + Tham mưu: Công chức Văn phòng - Thống kê.
				- + Phối hợp: Cán bộ, công chức xã; Bộ phận Một cửa xã.
				- + Thời gian thực hiện: Trong năm 2024 và những năm tiếp theo.
				""", "");

		var result = management.importPlan("pho-chau-2024.txt", withoutItem3_5, null);

		assertThat(result.items(ImportResult.Outcome.WITHDRAWN)).extracting(ImportResult.ItemOutcome::code,
				ImportResult.ItemOutcome::itemId).containsExactly(tuple("3.5", item3_5.id()));
		assertThat(planItems.current()).extracting(PlanItem::code).doesNotContain("3.5").hasSize(9);
		assertThat(planItems.byCode("3.5")).isEmpty();
		var kept = planItems.byId(item3_5.itemId()).orElseThrow();
		assertThat(kept.withdrawnAt()).isEqualTo(NOW);
		assertThat(kept.target()).isEqualTo(item3_5.target());

		var again = management.importPlan("pho-chau-2024.txt", withoutItem3_5, null);
		assertThat(again.items(ImportResult.Outcome.WITHDRAWN)).as("said once, when it happens").isEmpty();

		var back = management.importPlan("pho-chau-2024.txt", seed(), null);
		assertThat(back.items(ImportResult.Outcome.CHANGED)).extracting(ImportResult.ItemOutcome::code,
				ImportResult.ItemOutcome::itemId, ImportResult.ItemOutcome::changed)
			.containsExactly(tuple("3.5", item3_5.id(), java.util.List.of(ItemField.RESTORED)));
		assertThat(planItems.current()).hasSize(10);
		assertThat(items.count()).isEqualTo(10);
	}

	@Test
	void filesThatAreNotPlansAreRejectedAndNothingIsStored(@TempDir Path folder) throws IOException {
		assertRejected("empty.txt", new byte[0], "plan.rejected.empty");
		assertRejected("blank.txt", " \n\n  \n".getBytes(StandardCharsets.UTF_8), "plan.rejected.empty");
		assertRejected("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 },
				"plan.rejected.image");
		assertRejected("plan.zip", zip(), "plan.rejected.archive");
		assertRejected("data.bin", new byte[] { 'a', 0, 'b', 0 }, "plan.rejected.binary");
		assertRejected("vni.txt", new byte[] { 'K', (byte) 0xC8, ' ', 'H', 'O', 'A', (byte) 0xCC, 'C', 'H' },
				"plan.rejected.notUtf8");
		assertRejected("letter.txt", """
				ỦY BAN NHÂN DÂN XÃ PHỔ CHÂU
				Số: 35/UBND
				Phổ Châu, ngày 02 tháng 4 năm 2024
				Kính gửi: Phòng Nội vụ thị xã Đức Phổ.
				UBND xã báo cáo kết quả cải cách hành chính quý I năm 2024 như sau:
				1. Về công tác chỉ đạo: đã ban hành kế hoạch.
				Nơi nhận:
				- Như trên;
				""".getBytes(StandardCharsets.UTF_8), "plan.rejected.noItems");
		assertThatThrownBy(() -> management.importPlan(folder.resolve("missing.txt"), null))
			.isInstanceOfSatisfying(PlanRejectedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("plan.rejected.missing"));
		var noUnit = Files.readString(SeedPlanTests.SEED).replace("xã Phổ Châu", "xã").getBytes(StandardCharsets.UTF_8);
		assertRejected("no-unit.txt", noUnit, "plan.rejected.noUnit");

		assertThat(plans.count()).isZero();
		assertThat(items.count()).isZero();
		assertThat(units.all()).isEmpty();
		assertThat(positions.all()).isEmpty();
	}

	private void assertRejected(String name, byte[] content, String reason) {
		assertThatThrownBy(() -> management.importPlan(name, content, null)).as(name)
			.isInstanceOfSatisfying(PlanRejectedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo(reason);
				assertThat(e.arguments()).first().isEqualTo(name);
			});
	}

	private static byte[] zip() throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("plan.txt"));
			zip.write(Files.readAllBytes(SeedPlanTests.SEED));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}

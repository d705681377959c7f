package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.cchc.troly.plan.UnseenPlansTests;
import vn.cchc.troly.plan.WordPlanTests;

/** The operator's plan-check and plan-import, run as the command line runs them, on the whole application. */
@SpringBootTest(properties = { "telegrambots.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:plan-commands;DB_CLOSE_DELAY=-1" })
class PlanCommandsTests {

	static final Path SEED = Path.of("src/test/resources/plans/pho-chau-2024.txt");

	@Autowired List<OperatorCommand> commands;
	@Autowired JsonMapper json;
	@Autowired JdbcTemplate jdbc;

	@TempDir Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyDatabase() {
		jdbc.update("delete from plan_item_coordinator");
		jdbc.update("delete from plan_item");
		jdbc.update("delete from plan_section");
		jdbc.update("delete from plan_rule");
		jdbc.update("delete from plan");
		jdbc.update("delete from job_position");
		jdbc.update("delete from admin_unit");
	}

	private int run(String name, String... arguments) {
		out.reset();
		err.reset();
		var command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
		return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void planCheckPrintsTheSeedAsATableInVietnamese() {
		int exit = run("plan-check", SEED.toString());

		assertThat(exit).isZero();
		assertThat(out()).contains("Kế hoạch: Khắc phục những hạn chế trong thực hiện cải cách hành chính năm 2023")
			.contains("Đơn vị: UBND xã Phổ Châu")
			.contains("10 nội dung khắc phục, 1 quy định chung, 0 cảnh báo.")
			.contains("Mục 4. Tác động của cải cách hành chính")
			.containsPattern("2\\.2 +│ Tỷ lệ hồ sơ thủ tục hành chính do +│ 95% +│ > 98% +│ Văn Phòng - Thống kê")
			.containsPattern("3\\.4 +│ .*│ < 60% +│ > 75% +│")
			.contains("5. Ngoài những nội dung trên")
			.contains("Không có cảnh báo.");
		assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).as("a check stores nothing").isZero();
	}

	@Test
	void planCheckJsonGivesOneDocumentWithNumbersAsNumbers() {
		int exit = run("plan-check", SEED.toString(), "--json");

		assertThat(exit).isZero();
		var document = json.readTree(out());
		assertThat(document.get("plan").get("title").asString()).startsWith("Khắc phục những hạn chế");
		assertThat(document.get("plan").get("year").asInt()).isEqualTo(2024);
		var items = document.get("items");
		assertThat(items.size()).isEqualTo(10);
		var item2_2 = items.get(3);
		assertThat(item2_2.get("code").asString()).isEqualTo("2.2");
		assertThat(item2_2.get("target").get("value").isNumber()).isTrue();
		assertThat(item2_2.get("target").get("value").toString()).isEqualTo("98");
		assertThat(item2_2.get("target").get("comparator").asString()).isEqualTo("GT");
		assertThat(item2_2.get("baseline").get("value").toString()).isEqualTo("95");
		assertThat(item2_2.get("lead").asString()).isEqualTo("Văn Phòng - Thống kê");
		assertThat(item2_2.get("coordinating").size()).isEqualTo(2);
		assertThat(item2_2.get("timeframe").get("recurring").asBoolean()).isTrue();
		assertThat(item2_2.get("section").asString()).as("the section's mark as written").isEqualTo("2");
		assertThat(item2_2.get("sectionTitle").asString()).isEqualTo("Cải cách thủ tục hành chính");
		assertThat(item2_2.get("timeframe").get("deadline").asString()).as("the first deadline in the plan's year")
			.isEqualTo("2024-12-31");
		assertThat(item2_2.get("timeframe").get("repeats").asString()).isEqualTo("YEAR");
		assertThat(items.get(0).get("target").get("perYear").asBoolean()).isTrue();
		assertThat(document.get("rules").get(0).get("code").asString()).isEqualTo("5");
		assertThat(document.get("warnings").isEmpty()).isTrue();
	}

	@Test
	void planCheckJsonCarriesWarningsWithTheirLines() throws IOException {
		var file = folder.resolve("noisy.txt");
		Files.writeString(file, Files.readString(SEED)
			.replace("+ Tham mưu: Công chức Tư pháp - Hộ tịch.", "+ Người theo dõi: Công chức Tư pháp - Hộ tịch."));

		assertThat(run("plan-check", file.toString(), "--json")).isZero();

		var warnings = json.readTree(out()).get("warnings");
		assertThat(warnings.size()).isEqualTo(2);
		assertThat(warnings.get(0).get("line").asInt()).isEqualTo(55);
		assertThat(warnings.get(0).get("text").asString()).isEqualTo("+ Người theo dõi: Công chức Tư pháp - Hộ tịch.");
		assertThat(warnings.get(0).get("message").asString()).contains("Người theo dõi");
		assertThat(warnings.get(1).get("key").asString()).isEqualTo("plan.warning.missing.lead");
	}

	@Test
	void planCheckJsonGivesAWordPlansSectionMarksDeadlinesAndRows() throws IOException {
		var file = folder.resolve("cam-thanh-2025.docx");
		Files.write(file, UnseenPlansTests.camThanh2025());

		assertThat(run("plan-check", file.toString(), "--json")).isZero();

		var document = json.readTree(out());
		var item3 = document.get("items").get(2);
		assertThat(item3.get("section").asString()).isEqualTo("II");
		assertThat(item3.get("sectionTitle").asString()).isEqualTo("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
		assertThat(item3.get("timeframe").get("deadline").asString()).isEqualTo("2025-06-30");
		assertThat(item3.get("timeframe").get("repeats").isNull()).as("a one-off deadline").isTrue();
		assertThat(document.get("items").get(1).get("timeframe").get("repeats").asString()).isEqualTo("MONTH");
		assertThat(item3.get("place").get("kind").asString()).isEqualTo("ROW");
		assertThat(item3.get("place").get("number").asInt()).as("the plan table is the second table").isEqualTo(2);
		assertThat(item3.get("place").get("row").asInt()).isEqualTo(7);
	}

	@Test
	void planImportSaysWhatWasAddedChangedAndWithdrawn() throws IOException {
		assertThat(run("plan-import", SEED.toString())).isZero();
		assertThat(out()).contains("Đây là kế hoạch mới.").contains("Thêm mới (10):").contains("3.4  Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến");

		assertThat(run("plan-import", SEED.toString(), "--unit", "UBND xã Phổ Châu")).isZero();
		assertThat(out()).contains("Không đổi (10): 1.1, 1.2, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 3.5, 4")
			.doesNotContain("Thêm mới");

		var corrected = folder.resolve("sua.txt");
		Files.writeString(corrected, Files.readString(SEED)
			.replace("Trên 75% hồ sơ được thanh toán trực tuyến.", "Trên 80% hồ sơ được thanh toán trực tuyến.")
			// An editor's note in place of item 3.3's heading: 3.3 is gone, its lines are warned about.
			.replace("3.3. Tỷ lệ hồ sơ trực tuyến toàn trình:", "Bỏ mục này."));
		assertThat(run("plan-import", corrected.toString())).isZero();
		assertThat(out()).contains("Kế hoạch này đã có")
			.contains("Thay đổi (1):")
			.contains("3.4  Tỷ lệ hồ sơ thực hiện thanh toán trực tuyến: chỉ tiêu")
			.contains("Rút khỏi kế hoạch (1)")
			.contains("3.3  Tỷ lệ hồ sơ trực tuyến toàn trình")
			.contains("Cảnh báo (");
		assertThat(jdbc.queryForObject("select count(*) from plan_item", Integer.class)).isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from plan_item where withdrawn_at is not null", Integer.class)).isOne();
	}

	@Test
	void aWordTablePlanIsImportedToo() throws IOException {
		var docx = folder.resolve("ke-hoach-pho-thanh.docx");
		Files.write(docx, WordPlanTests.wordPlan());

		assertThat(run("plan-import", docx.toString())).isZero();

		assertThat(out()).contains("năm 2024 của UBND xã Phổ Thạnh").contains("Thêm mới (2):").contains("Không có cảnh báo.");
	}

	@Test
	void filesThatAreNotPlansFailWithAClearMessageAndStoreNothing() throws IOException {
		var png = folder.resolve("anh.png");
		Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 });
		assertThat(run("plan-import", png.toString())).isEqualTo(1);
		assertThat(err()).contains("anh.png là ảnh, không phải văn bản kế hoạch").contains("Không lưu gì.");
		assertThat(out()).isEmpty();

		var empty = folder.resolve("trong.txt");
		Files.write(empty, new byte[0]);
		assertThat(run("plan-check", empty.toString())).isEqualTo(1);
		assertThat(err()).contains("trong.txt trống");

		var letter = folder.resolve("cong-van.txt");
		Files.writeString(letter, """
				ỦY BAN NHÂN DÂN XÃ PHỔ CHÂU
				Kính gửi: Phòng Nội vụ thị xã Đức Phổ.
				UBND xã báo cáo kết quả cải cách hành chính quý I năm 2024.
				""");
		assertThat(run("plan-import", letter.toString())).isEqualTo(1);
		assertThat(err()).contains("cong-van.txt không phải kế hoạch khắc phục");

		assertThat(run("plan-import", folder.resolve("khong-co.txt").toString())).isEqualTo(1);
		assertThat(err()).contains("Không tìm thấy tệp").contains("khong-co.txt");

		assertThat(run("plan-check")).isEqualTo(2);
		assertThat(err()).contains("Thiếu tên tệp kế hoạch.").contains("Cách dùng: plan-check TỆP");
		assertThat(run("plan-import", "a.txt", "--json")).as("--json belongs to plan-check").isEqualTo(2);

		assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isZero();
	}
}

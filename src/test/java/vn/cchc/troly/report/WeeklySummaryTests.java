package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.PlanFixture;
import vn.cchc.troly.RepositoryTest;
import vn.cchc.troly.TestClock;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.chat.oversight.SummaryText;
import vn.cchc.troly.progress.FigureBy;
import vn.cchc.troly.progress.FigureOutcome;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.ProgressManagement;
import vn.cchc.troly.telegram.outbound.ReplyRenderer;

@RepositoryTest
@Import(ReportTestConfiguration.class)
class WeeklySummaryTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired Summaries summaries;
	@Autowired LeadershipGroup leadership;
	@Autowired PlanFixture fixture;
	@Autowired TestClock clock;
	@Autowired JdbcTemplate jdbc;

	@Autowired ReportScenario scenario;
	@Autowired SummaryChart chart;
	@Autowired MessageSource messages;
	@Autowired ReportSettings settings;
	@Autowired ProgressManagement progress;
	@Autowired DossierGaps dossierGaps;

	@BeforeEach
	void givenAPlanWithItemsInEveryStatusAndLastWeeksSummary() {
		scenario.givenThePlanAndItsPeople();
		leadership.set(-1001L, "Lãnh đạo UBND xã", scenario.hoa.id());
		scenario.givenTheWeekSoFar(summaries);
	}

	@Test
	void countsEveryStatusForThePeriod() {
		var summary = summaries.compose();

		assertThat(summary.weekKey()).isEqualTo("2026-W48");
		assertThat(summary.from()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(summary.to()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(summary.counts()).isEqualTo(new StatusCounts(8, 1, 2, 2, 3, 0, 1, 4));
	}

	@Test
	void listsWhatIsOffTrackRedAndOverdueFirstWithFigureTargetAndLead() {
		var summary = summaries.compose();

		assertThat(summary.offTrack()).extracting(WeeklySummary.Item::code, WeeklySummary.Item::status,
				WeeklySummary.Item::overdue, WeeklySummary.Item::leads)
			.containsExactly(tuple("3.1", Status.NOT_MET, true, List.of("Tâm")),
					tuple("3.4", Status.NOT_MET, false, List.of("Lan")),
					tuple("2.2", Status.NEAR, false, List.of("Lan")));

		var text = html(summaries.preview(VI), VI);
		assertThat(text).contains("<b>📊 Tổng hợp tuần 48/2026</b>")
			.contains("Từ 20/11/2026 đến 27/11/2026 · 8 mục")
			.contains("🟢 1 Đạt · 🟡 2 Gần đạt · 🔴 2 Chưa đạt · ⚪ 3 Chưa có số liệu")
			.contains("⌛ 1 mục quá hạn")
			.contains("⏰ 4 mục chưa cập nhật trong kỳ")
			.contains("🔴 <b>3.1</b> Mục 3.1: 40% / &gt;50% · Tâm · ⌛ quá hạn 20/11/2026")
			.contains("🔴 <b>3.4</b> Tỷ lệ hồ sơ thực hiện thanh toán…: 50% / &gt;75% · Lan")
			.contains("🟡 <b>2.2</b> Tỷ lệ hồ sơ TTHC được giải quyết…: 97,5% / &gt;98% · Lan");
		assertThat(text.indexOf("<b>3.1</b>")).isLessThan(text.indexOf("<b>3.4</b>"));
		assertThat(text.indexOf("<b>3.4</b>")).isLessThan(text.indexOf("<b>2.2</b>"));
	}

	@Test
	void eachFigureIsShownWithWhoseItIsAndAProposalCountsOnlyOnceConfirmed() {
		// Minh (Văn hóa - xã hội) coordinates 2.2 through "Cán bộ, công chức xã": his 90 is a proposal.
		var proposed = progress.recordFigure(scenario.minh, "2.2", "90");
		assertThat(proposed).isInstanceOf(FigureOutcome.Proposed.class);
		var pending = html(summaries.preview(VI), VI);
		assertThat(pending).as("Lan's 97,5 still counts")
			.contains("🟡 <b>2.2</b> Tỷ lệ hồ sơ TTHC được giải quyết…: 97,5% / &gt;98% · Lan");

		scenario.at("2026-11-27T16:30");
		progress.confirmProposal(scenario.lan, ((FigureOutcome.Proposed) proposed).reportId(), null);
		var confirmed = summaries.compose();
		assertThat(confirmed.items()).filteredOn(i -> i.code().equals("2.2")).singleElement()
			.satisfies(i -> assertThat(i.latestBy()).isEqualTo(new FigureBy("Lan", "Minh")));
		assertThat(html(summaries.preview(VI), VI))
			.contains("🔴 <b>2.2</b> Tỷ lệ hồ sơ TTHC được giải quyết…: 90% / &gt;98% · đề xuất của Minh, Lan xác nhận");
		// The coordinator's figure is hers, not the lead's.
		scenario.figure(scenario.hoa, "3.4", "60");
		assertThat(html(summaries.preview(VI), VI)).contains(": 60% / &gt;75% · Hoa");
	}

	@Test
	void saysWhatChangedSinceLastWeeksSummary() {
		var summary = summaries.compose();

		assertThat(summary.comparedWithWeek()).isEqualTo("2026-W47");
		assertThat(summary.changes()).extracting(WeeklySummary.Change::code, WeeklySummary.Change::fromStatus,
				WeeklySummary.Change::toStatus)
			.containsExactly(tuple("1.2", Status.NO_DATA, Status.NEAR), tuple("2.2", Status.NOT_MET, Status.NEAR),
					tuple("3.1", Status.NO_DATA, Status.NOT_MET), tuple("4", Status.NO_DATA, Status.MET));
		assertThat(html(summaries.preview(VI), VI)).contains("<b>Thay đổi so với tuần 47/2026</b>")
			.contains("<b>2.2</b> 🔴 → 🟡 (95% → 97,5%)")
			.contains("<b>4</b> ⚪ → 🟢 (— → 12)")
			.doesNotContain("<b>3.4</b> 🔴 →");
	}

	@Test
	void theCurrentPlansSummaryComposedForItsIdIsTheSummaryTheChatShows() {
		var planId = scenario.seed.plan().id();

		assertThat(summaries.compose(planId)).isEqualTo(summaries.compose());
		var byId = summaries.preview(planId, VI);
		var current = summaries.preview(VI);
		assertThat(byId.summary()).isEqualTo(current.summary());
		assertThat(byId.caption()).isEqualTo(current.caption());
		assertThat(byId.chartPng()).isEqualTo(current.chartPng());
	}

	@Test
	void aPlanNoLongerCurrentStillHasItsOwnSummaryComparedWithItsOwnLastSummary() {
		var before = summaries.compose();
		// The unit's next plan, imported later: it becomes the unit's current plan.
		jdbc.update("""
				insert into plan (unit_id, title, plan_year, imported_at)
				values ((select unit_id from plan where id = ?), 'Kế hoạch xã Phổ Minh', 2026, ?)""",
				scenario.seed.plan().id(), java.sql.Timestamp.from(clock.instant()));
		jdbc.update("""
				insert into plan_item (plan_id, code, ordinal, section_code, title, target_kind, target_per_year,
				    timeframe_recurring)
				values ((select id from plan where title = 'Kế hoạch xã Phổ Minh'), '9.1', 1, '9', 'Mục 9.1',
				    'QUALITATIVE', false, false)""");

		assertThat(summaries.compose().items()).extracting(WeeklySummary.Item::code).containsExactly("9.1");
		var earlier = summaries.compose(scenario.seed.plan().id());
		assertThat(earlier).isEqualTo(before);
		assertThat(earlier.comparedWithWeek()).isEqualTo("2026-W47");
		assertThat(summaries.compose(-1L).items()).isEmpty();
	}

	@Test
	void countsTheItemsLackingEvidenceFromTheDayTheCoordinatorSet() {
		// By default from 1 October of the plan's year (2024): long past on 27/11/2026, and no item has evidence.
		var summary = summaries.compose();
		assertThat(summary.evidenceGaps()).isEqualTo(new WeeklySummary.EvidenceGaps(LocalDate.of(2024, 10, 1), 8));
		assertThat(html(summaries.preview(VI), VI))
			.contains("📂 Hồ sơ kiểm chứng: <b>8 mục</b> còn thiếu tài liệu (đếm từ 01/10/2024); xem /thieuhoso.");

		dossierGaps.mark("2.2", scenario.lan, true);
		assertThat(summaries.compose().evidenceGaps().items()).isEqualTo(7);

		// A day still to come: until then the summary says nothing about the dossier.
		dossierGaps.countFrom(LocalDate.of(2026, 12, 1), scenario.lan);
		assertThat(summaries.compose().evidenceGaps()).isNull();
		assertThat(html(summaries.preview(VI), VI)).doesNotContain("Hồ sơ kiểm chứng");

		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		assertThat(summaries.compose().evidenceGaps()).isEqualTo(new WeeklySummary.EvidenceGaps(LocalDate.of(2026, 12, 1), 7));
	}

	@Test
	void theFirstSummarySaysSoInsteadOfChanges() {
		jdbc.update("delete from sent_summary_item");
		jdbc.update("delete from sent_summary");

		var summary = summaries.compose();

		assertThat(summary.first()).isTrue();
		assertThat(summary.changes()).isEmpty();
		assertThat(html(summaries.preview(VI), VI)).contains("Đây là bản tổng hợp đầu tiên");
	}

	@Test
	void namesWhoHasNotReportedThisPeriodAndTheItemsNobodyLeads() {
		var summary = summaries.compose();

		assertThat(summary.notReported()).extracting(WeeklySummary.Reporter::name, WeeklySummary.Reporter::itemCodes)
			.containsExactly(tuple("Lan", List.of("3.4")), tuple("Minh", List.of("1.1")),
					tuple("Quang", List.of("3.2")));
		assertThat(summary.unled()).containsExactly("3.5");
		assertThat(html(summaries.preview(VI), VI)).contains("<b>⏰ Chưa cập nhật từ 20/11/2026</b>")
			.contains("• Lan: 3.4\n• Minh: 1.1\n• Quang: 3.2\n• Chưa có người tham mưu đăng ký: 3.5")
			.as("Bình has left").doesNotContain("Bình");
	}

	@Test
	void givesEachQualitativeItemsLatestNoteInOneEscapedLine() {
		var summary = summaries.compose();

		assertThat(summary.notes()).extracting(WeeklySummary.Item::code).containsExactly("1.2");
		assertThat(html(summaries.preview(VI), VI)).contains("<b>Nhiệm vụ định tính</b>\n"
				+ "🟡 <b>1.2</b> Đã triển khai 5/6 nhiệm vụ &lt;quý IV&gt; &amp; báo cáo");
	}

	@Test
	void rendersInEnglishWithEnglishNumbers() {
		var text = html(summaries.preview(Locale.ENGLISH), Locale.ENGLISH);

		assertThat(text).contains("<b>📊 Weekly summary, week 48/2026</b>")
			.contains("🟢 1 met · 🟡 2 near · 🔴 2 not met · ⚪ 3 no data")
			.contains("97.5% / &gt;98% · Lan")
			.contains("<b>Changes since week 47/2026</b>")
			.contains("• Lan: 3.4");
	}

	@Test
	void staysUnderTelegramsLimitWithAPlanOfSixtyLongItems() {
		for (int i = 0; i < 60; i++) {
			var item = fixture.addItem(scenario.seed, "3." + (10 + i), 20 + i, scenario.seed.item("3.4").target(),
					PlanFixture.OFFICE, PlanFixture.ALL_STAFF);
			scenario.figure(scenario.lan, item.code(), "10");
		}
		var long1000 = "Ghi chú rất dài & <có thẻ> ".repeat(40);
		scenario.note(scenario.lan, "1.2", long1000.substring(0, 1000));

		var vi = html(summaries.preview(VI), VI);
		var en = html(summaries.preview(Locale.ENGLISH), Locale.ENGLISH);

		assertThat(vi.length()).as("one Telegram message").isLessThan(4096);
		assertThat(en.length()).as("one Telegram message").isLessThan(4096);
		assertThat(vi).contains("… và 55 mục khác");
		assertThat(vi.lines().filter(line -> line.startsWith("🟡 <b>1.2</b>")).findFirst().orElseThrow())
			.as("a note is cut to one short line").hasSizeLessThan(130).endsWith("…");
	}

	@Test
	void aPostedSummaryRendersLaterExactlyAsItWasComposed() {
		var preview = summaries.preview(VI);
		var posted = summaries.postNow(scenario.hoa.id());
		assertThat(posted).isInstanceOf(PostOutcome.Posted.class);
		var id = ((PostOutcome.Posted) posted).summaryId();

		// Figures reported after it was recorded do not change what it says.
		scenario.figure(scenario.lan, "3.4", "80");
		var message = summaries.message(id, VI).orElseThrow();

		assertThat(html(message, VI)).isEqualTo(html(preview, VI));
		assertThat(message.weekKey()).isEqualTo("2026-W48");
		assertThat(message.caption()).startsWith("Tuần 48/2026:");
		assertThat(html(summaries.message(id, Locale.ENGLISH).orElseThrow(), Locale.ENGLISH)).contains("Weekly summary, week 48/2026");
	}

	@Test
	void thePictureShowsEveryStatusInItsColour() throws Exception {
		var preview = summaries.preview(VI);
		var png = preview.chartPng();
		Files.createDirectories(Path.of("target/artifacts"));
		Files.write(Path.of("target/artifacts/weekly-summary-chart.png"), png);
		Files.writeString(Path.of("target/artifacts/weekly-summary.html.txt"), html(preview, VI));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
		ImageIO.write(ChartRendererTests.atPhoneWidth(image), "png",
				Path.of("target/artifacts/weekly-summary-chart-400px.png").toFile());
		for (var colour : new Color[] { StatusColours.GREEN, StatusColours.AMBER, StatusColours.RED, StatusColours.GREY }) {
			assertThat(hasPixel(image, colour)).as("a pixel of %s", colour).isTrue();
		}
	}

	@Test
	void lastYearsMarkerOnlyWhereLastYearsFigureIsKnownNotWhereThePlanGivesABound() {
		var bars = chart.bars(summaries.compose());

		assertThat(bars).extracting(IndicatorBar::code).as("the numeric items, in plan order")
			.containsExactly("1.1", "2.2", "3.1", "3.2", "3.4", "3.5", "4");
		assertThat(bar(bars, "2.2").lastYear()).as("“Đạt 95%”").isEqualByComparingTo("95");
		assertThat(bar(bars, "3.4").lastYear()).as("“dưới 60%”: below 60, not 60").isNull();
		assertThat(bar(bars, "2.2").title()).isEqualTo("Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn");

		scenario.lastYear(scenario.lan, "3.4", "55");
		assertThat(bar(chart.bars(summaries.compose()), "3.4").lastYear()).as("reported as last year's")
			.isEqualByComparingTo("55");
	}

	@Test
	void anIncreaseWithAFigureButNoLastYearsFigureIsNearWithTheReasonInTheTextAndAmberOnTheChart() {
		fixture.addItem(scenario.seed, "4.1", 11, new Target("Tăng hơn năm trước", TargetKind.INCREASE, null, null, null,
				false), PlanFixture.FINANCE, PlanFixture.ALL_STAFF);
		scenario.figure(scenario.tam, "4.1", "7");

		var summary = summaries.compose();

		var item = summary.items().stream().filter(i -> i.code().equals("4.1")).findFirst().orElseThrow();
		assertThat(item.status()).as("a figure is never ⚪, nor 🟢 without a comparison").isEqualTo(Status.NEAR);
		assertThat(html(summaries.preview(VI), VI))
			.contains("🟡 <b>4.1</b> Mục 4.1: 7 / chưa có số liệu năm trước để so sánh · Tâm");
		var bar = bar(chart.bars(summary), "4.1");
		assertThat(bar.colour()).as("the legend's “Gần đạt”").isEqualTo(StatusColours.AMBER);
		assertThat(bar.latest()).isEqualByComparingTo("7");
		assertThat(bar.target()).as("nothing to draw it against").isNull();
	}

	@Test
	void aQualitativeItemWithoutANoteIsCountedAndListedAsWithoutANote() {
		fixture.addItem(scenario.seed, "1.3", 3, Target.qualitative("Báo cáo đúng hạn", false), PlanFixture.OFFICE,
				PlanFixture.ALL_STAFF);

		var summary = summaries.compose();

		assertThat(summary.counts()).isEqualTo(new StatusCounts(9, 1, 2, 2, 4, 1, 1, 5));
		assertThat(html(summaries.preview(VI), VI))
			.contains("🟢 1 Đạt · 🟡 2 Gần đạt · 🔴 2 Chưa đạt · ⚪ 3 Chưa có số liệu · ⚪ 1 Chưa có ghi chú")
			.contains("⚪ <b>1.3</b> <i>chưa có ghi chú</i>");
		assertThat(html(summaries.preview(Locale.ENGLISH), Locale.ENGLISH)).contains("⚪ 3 no data · ⚪ 1 no note yet");

		// Overdue, it is listed as needing attention, with what it lacks rather than a figure.
		scenario.planItems.setDeadline(scenario.seed.item("1.3").itemId(), ReportScenario.DEADLINE_31);
		assertThat(html(summaries.preview(VI), VI))
			.contains("⚪ <b>1.3</b> Mục 1.3: <i>chưa có ghi chú</i> · Lan · ⌛ quá hạn 20/11/2026");
	}

	@Test
	void noPictureForAPlanWithoutNumbers() {
		jdbc.update("update plan_item set target_kind = 'QUALITATIVE', target_value = null, target_comparator = null");

		assertThat(summaries.preview(VI).chartPng()).isNull();
	}

	private static IndicatorBar bar(List<IndicatorBar> bars, String code) {
		return bars.stream().filter(bar -> bar.code().equals(code)).findFirst().orElseThrow();
	}

	/** The summary as the leaders' group reads it: the chat's words for it, in Telegram's HTML. */
	private String html(SummaryMessage message, Locale locale) {
		return new ReplyRenderer(messages).html("chat.summary.text",
				List.of(new SummaryText(settings, clock).of(message.summary(), locale)), locale);
	}

	private static boolean hasPixel(BufferedImage image, Color colour) {
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if (image.getRGB(x, y) == colour.getRGB()) {
					return true;
				}
			}
		}
		return false;
	}
}

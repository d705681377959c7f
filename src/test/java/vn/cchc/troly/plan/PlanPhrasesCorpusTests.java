package vn.cchc.troly.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of phrasings communes write (src/test/resources/plans/phrases.tsv), each with the
 * reading a person gives it: a comparator read the wrong way round, or a deadline off by a
 * quarter, fails here. Where the corpus says "?", the importer must warn and store no guess.
 */
class PlanPhrasesCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/plans/phrases.tsv");
	static final int PLAN_YEAR = 2025;

	static Stream<Arguments> rows(String type) throws IOException {
		return Files.readAllLines(CORPUS).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t")).filter(cells -> cells[0].equals(type))
			.map(cells -> Arguments.of(cells[1], cells[2]));
	}

	static Stream<Arguments> targets() throws IOException {
		return rows("target");
	}

	static Stream<Arguments> timeframes() throws IOException {
		return rows("timeframe");
	}

	static Stream<Arguments> baselines() throws IOException {
		return rows("baseline");
	}

	@Test
	void theCorpusHoldsAtLeastFortyTargetAndTimeFramePhrasings() throws IOException {
		assertThat(targets().count() + timeframes().count()).isGreaterThanOrEqualTo(40);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("targets")
	void targetsReadAsAPersonReadsThem(String phrase, String reading) {
		var warnings = new ArrayList<String>();
		var target = PlanPhrases.target(phrase, "1.1", warning -> warnings.add(String.join(" ", warning)));
		var expected = List.of(reading.split(" "));
		assertThat(target.kind()).as("kind").isEqualTo(TargetKind.valueOf(expected.get(0)));
		assertThat(target.text()).isEqualTo(phrase);
		boolean unsure = expected.contains("?");
		assertThat(warnings).as("a warning exactly when the reading is unsure").hasSize(unsure ? 1 : 0);
		if (expected.size() > 1) {
			var comparator = expected.get(1);
			assertThat(target.comparator()).as("comparator")
				.isEqualTo(comparator.equals("?") ? null : comparatorOf(comparator));
		}
		if (expected.size() > 2 && !expected.get(2).equals("perYear")) {
			var value = expected.get(2);
			if (value.equals("?")) {
				assertThat(target.value()).isNull();
			}
			else {
				assertThat(target.value()).as("value").isEqualByComparingTo(new BigDecimal(value));
			}
		}
		else if (target.kind() == TargetKind.QUALITATIVE || target.kind() == TargetKind.INCREASE) {
			assertThat(target.value()).isNull();
		}
		assertThat(target.perYear()).as("per year").isEqualTo(expected.contains("perYear"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("timeframes")
	void timeFramesGiveTheDeadlineAPersonReads(String phrase, String reading) {
		var warnings = new ArrayList<String>();
		var timeframe = TimeframePhrases.timeframe(phrase, PLAN_YEAR, "1.1", warning -> warnings.add(String.join(" ", warning)));
		var expected = reading.split(" ");
		if (expected[0].equals("-")) {
			assertThat(timeframe.deadline()).isNull();
			assertThat(warnings).containsExactly("timeframeUnread 1.1");
			return;
		}
		assertThat(warnings).isEmpty();
		assertThat(timeframe.deadline()).as("first deadline").isEqualTo(LocalDate.parse(expected[0]));
		assertThat(timeframe.repeats()).as("repeats").isEqualTo(expected.length > 1 ? Repeats.valueOf(expected[1]) : null);
		assertThat(timeframe.recurring()).isEqualTo(expected.length > 1);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("baselines")
	void baselinesTakeTheirFirstFigure(String phrase, String reading) {
		var expected = reading.split(" ");
		var baseline = PlanPhrases.baseline(phrase, TargetKind.valueOf(expected[0]), "1.1", warning -> {
			throw new AssertionError("no warning expected");
		});
		if (expected[1].equals("-")) {
			assertThat(baseline.value()).isNull();
			return;
		}
		assertThat(baseline.value()).isEqualByComparingTo(new BigDecimal(expected[1]));
		assertThat(baseline.bound()).isEqualTo(BaselineBound.valueOf(expected[2]));
	}

	private static Comparator comparatorOf(String written) {
		return switch (written) {
			case ">=" -> Comparator.GE;
			case "<=" -> Comparator.LE;
			case ">" -> Comparator.GT;
			case "<" -> Comparator.LT;
			case "=" -> Comparator.EQ;
			default -> throw new IllegalArgumentException(written);
		};
	}
}

package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MessageSplitterTests {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)[^>]*>");

	@Test
	void aTextThatFitsIsOnePart() {
		assertThat(MessageSplitter.split("<b>Đạt</b> 97,5%")).containsExactly("<b>Đạt</b> 97,5%");
	}

	@Test
	void aShortTextLeftWithATagOpenIsStillClosedAndOneWithNothingToReadIsNoPart() {
		assertThat(MessageSplitter.split("<b>Đạt 97,5%")).containsExactly("<b>Đạt 97,5%</b>");
		assertThat(MessageSplitter.split("<i> </i>")).isEmpty();
	}

	@Test
	void splitsAtTheLastLineBreakThatFits() {
		var text = "một hai\nba bốn\nnăm sáu";

		assertThat(MessageSplitter.split(text, 16)).containsExactly("một hai\nba bốn", "năm sáu");
	}

	@Test
	void aTagOpenAcrossTheCutIsClosedAndOpenedAgain() {
		var text = "<b>dòng một\ndòng hai</b>\nhết";

		var parts = MessageSplitter.split(text, 20);

		assertThat(parts).containsExactly("<b>dòng một</b>", "<b>dòng hai</b>\nhết");
		parts.forEach(MessageSplitterTests::assertValid);
	}

	@Test
	void aLineLongerThanAMessageIsCutAtASpaceAndNeverInsideATagOrEntity() {
		var text = "<i>" + IntStream.range(0, 40).mapToObj(i -> "a&amp;b").collect(Collectors.joining(" ")) + "</i>";

		var parts = MessageSplitter.split(text, 50);

		assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
			assertThat(part.length()).isLessThanOrEqualTo(50);
			assertThat(part).startsWith("<i>").endsWith("</i>");
			assertValid(part);
		});
		assertThat(String.join(" ", parts).replace("</i> <i>", " ")).isEqualTo(text);
	}

	@Test
	void aWordLongerThanAMessageIsCutWithoutBreakingEntitiesOrSurrogates() {
		var text = "&lt;".repeat(30) + "😀".repeat(30);

		var parts = MessageSplitter.split(text, 25);

		assertThat(parts).allSatisfy(part -> {
			assertThat(part.length()).isLessThanOrEqualTo(25);
			assertThat(part).doesNotEndWith("&").doesNotEndWith("&lt");
			assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
		});
		assertThat(String.join("", parts)).isEqualTo(text);
	}

	@Test
	void aRealisticLongListStaysUnderTelegramsLimitWithEveryLineWhole() {
		var lines = IntStream.rangeClosed(1, 300)
			.mapToObj(i -> "<b>" + i + ".</b> Tỷ lệ hồ sơ giải quyết đúng hạn: <code>97,5%</code> 🟡")
			.toList();

		var parts = MessageSplitter.split(String.join("\n", lines));

		assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
			assertThat(part.length()).isLessThanOrEqualTo(4096);
			assertValid(part);
		});
		assertThat(parts.stream().flatMap(p -> p.lines()).toList()).isEqualTo(lines);
	}

	private static void assertValid(String html) {
		var open = new ArrayDeque<String>();
		var matcher = TAG.matcher(html);
		while (matcher.find()) {
			if (matcher.group(1).isEmpty()) {
				open.push(matcher.group(2));
			}
			else {
				assertThat(open.pop()).as("closing tag in %s", html).isEqualTo(matcher.group(2));
			}
		}
		assertThat(open).as("unclosed tags in %s", html).isEmpty();
		assertThat(List.of(html.split("&", -1)).subList(1, html.split("&", -1).length))
			.allSatisfy(afterAmp -> assertThat(afterAmp).containsPattern("^(lt|gt|amp|quot);"));
	}
}

package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;

class ReplyRendererTests {

	private static final Locale VI = Language.VI.locale();

	private final StaticMessageSource messages = new StaticMessageSource();
	private final ReplyRenderer renderer = new ReplyRenderer(messages);

	ReplyRendererTests() {
		messages.setAlwaysUseMessageFormat(true);
		messages.addMessage("t.saved", VI, "<b>{0}</b>: {1} ({2})");
	}

	@Test
	void argumentsAreEscapedAndTheTemplatesTagsKept() {
		var html = renderer.html("t.saved", List.of("2.2 <Một cửa> & \"DVC\"", 97.5, "x"), VI);

		assertThat(html).isEqualTo("<b>2.2 &lt;Một cửa&gt; &amp; &quot;DVC&quot;</b>: 97,5 (x)");
	}

	@Test
	void aPhraseArgumentIsRenderedTheSameWayAndLinesAreJoined() {
		messages.addMessage("t.line", VI, "<i>{0}</i>");

		var html = renderer.html("t.saved", List.of(Phrase.of("t.line", "a < b"), 3,
				Lines.of(List.of(Phrase.of("t.line", "1"), "x & y"))), VI);

		assertThat(html).isEqualTo("<b><i>a &lt; b</i></b>: 3 (<i>1</i>\nx &amp; y)");
	}

	@Test
	void plainTextIsNotEscaped() {
		assertThat(renderer.plain("t.saved", List.of("a & b", 1, "<c>"), VI)).isEqualTo("<b>a & b</b>: 1 (<c>)");
	}

	@Test
	void escapeCoversWhatTelegramNeeds() {
		assertThat(Html.escape("<b>Tom & \"Jerry\"</b>")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;");
		assertThat(Html.escape(null)).isEmpty();
	}
}

package vn.cchc.troly.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cchc.troly.report.ShortText;
import vn.cchc.troly.plan.Comparator;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.plan.TargetKind;
import vn.cchc.troly.progress.Figure;
import vn.cchc.troly.progress.FigureBy;
import vn.cchc.troly.progress.FigureFormat;
import vn.cchc.troly.progress.ItemStatus;

/**
 * The short pieces every chat screen shows about an item, worded one way everywhere: a target
 * ("&gt; 98%"), a figure ("97,5%"), a status ("🟡 Gần đạt ⏰"), a date (27/11/2026). Plain text:
 * pass the results as arguments and the transport makes them safe.
 */
@Component
public class ItemTexts {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int SHORT_TITLE = 70;

	private final PlainTexts texts;
	/** A moment as the commune reads it, in the clock's zone (Asia/Ho_Chi_Minh). */
	private final DateTimeFormatter when;
	private final Clock clock;

	public ItemTexts(PlainTexts texts, Clock clock) {
		this.texts = texts;
		this.clock = clock;
		this.when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
	}

	/**
	 * "&gt; 98%", "≥ 1 sáng kiến/giải pháp", "tăng so với năm trước" (or "bằng hoặc cao hơn năm trước"
	 * for ≥: each as the plan means it), or the plan's words.
	 */
	public String target(Target target, Locale locale) {
		if (target.isNumeric()) {
			var value = target.kind() == TargetKind.PERCENT ? FigureFormat.percent(target.value(), locale)
					: FigureFormat.number(target.value(), locale)
							+ (target.unit() == null || target.unit().isBlank() ? "" : " " + target.unit());
			return target.comparator().symbol() + " " + value;
		}
		if (target.kind() == TargetKind.INCREASE) {
			return texts.plain(target.comparator() == Comparator.GE ? "chat.target.increase.GE" : "chat.target.increase",
					List.of(), locale);
		}
		return shorten(target.text() == null ? "" : target.text(), SHORT_TITLE);
	}

	/**
	 * Whose figure it is: who recorded it ("Trần Thị Mai"), or for a confirmed proposal "đề xuất của Lê
	 * Văn Nam, Trần Thị Mai xác nhận"; empty when nobody is known.
	 */
	public String whose(FigureBy by, Locale locale) {
		if (by == null || by.recordedBy() == null) {
			return "";
		}
		return by.confirmedProposal()
				? texts.plain("progress.figureBy.proposal", List.of(by.proposedBy(), by.recordedBy()), locale)
				: by.recordedBy();
	}

	/** "97,5%", "49/50 (98%)", "3"; a dash when there is none. */
	public String figure(Figure figure, Locale locale) {
		return figure == null ? "—" : FigureFormat.format(figure, locale);
	}

	/**
	 * "🟡 Gần đạt", "⚪ Chưa có ghi chú" (a qualitative item without a note), with why a figure could
	 * only be 🟡 ("🟡 Gần đạt — chưa có số liệu năm trước để so sánh"), "Quá hạn" when overdue and ⏰
	 * when stale.
	 */
	public String status(ItemStatus status, Locale locale) {
		var text = new StringBuilder(status.status().mark()).append(' ').append(label(status, locale));
		if (status.reasonKey() != null) {
			text.append(" — ").append(texts.plain(status.reasonKey(), List.of(), locale));
		}
		if (status.overdue()) {
			text.append(" · ").append(texts.plain("progress.status.overdue", List.of(), locale));
		}
		if (status.stale()) {
			text.append(' ').append(ItemStatus.STALE_MARK);
		}
		return text.toString();
	}

	/** The status in words alone: "Gần đạt", "Chưa có ghi chú". */
	public String label(ItemStatus status, Locale locale) {
		return texts.plain(status.labelKey(), List.of(), locale);
	}

	/** The marks of a one-line status: "🟡", "🔴⌛⏰" (⌛ overdue, ⏰ stale). */
	public static String marks(ItemStatus status) {
		return status.status().mark() + (status.overdue() ? "⌛" : "") + (status.stale() ? ItemStatus.STALE_MARK : "");
	}

	/** "còn 200 ngày", "đến hạn hôm nay", "quá hạn 3 ngày"; empty without a deadline. */
	public String daysLeft(ItemStatus status, Locale locale) {
		var days = status.daysLeft();
		if (status.deadline() == null || days == null) {
			return "";
		}
		return days > 0 ? texts.plain("chat.items.days.left", List.of(days), locale)
				: days == 0 ? texts.plain("chat.items.days.today", List.of(), locale)
						: texts.plain("chat.items.days.over", List.of(-days), locale);
	}

	/**
	 * The live deadline and where it comes from: "31/12/2024 (còn 200 ngày) · theo kế hoạch, hằng năm",
	 * or "· do điều phối đặt" when the coordinator set it with /han; a dash without one.
	 */
	public String deadline(PlanItem item, ItemStatus status, Locale locale) {
		if (status.deadline() == null) {
			return "—";
		}
		var date = date(status.deadline());
		var left = daysLeft(status, locale);
		if (item.deadline() != null) {
			return texts.plain("chat.status.item.deadline.set", List.of(date, left), locale);
		}
		var repeats = item.timeframe() == null ? null : item.timeframe().repeats();
		return repeats == null ? texts.plain("chat.status.item.deadline.implied", List.of(date, left), locale)
				: texts.plain("chat.status.item.deadline.repeats", List.of(date, left,
						texts.plain("chat.status.item.deadline.repeats." + repeats.name(), List.of(), locale)), locale);
	}

	/**
	 * A deadline to give as an example, in the running year and still to come: the end of the next
	 * quarter, or 31/12 in the last quarter ("30/09/2024" on 14/06/2024).
	 */
	public String exampleDeadline() {
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		var quarterEnd = (today.getMonthValue() - 1) / 3 * 3 + 3;
		var month = Math.min(quarterEnd + 3, 12);
		return date(LocalDate.of(today.getYear(), month, 1).with(TemporalAdjusters.lastDayOfMonth()));
	}

	/** dd/MM/yyyy, or a dash. */
	public String date(LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	/** 02/11/2024 08:30, in the commune's time zone. */
	public String when(Instant instant) {
		return when.format(instant);
	}

	/** The day of a moment in the commune, or null for none. */
	public LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
	}

	/** The item's title cut to fit one line on a phone. */
	public String shortTitle(PlanItem item) {
		return shorten(item.title(), SHORT_TITLE);
	}

	/** Cut at a word boundary, the one way every screen shortens a title or note. */
	public static String shorten(String text, int max) {
		return ShortText.shorten(text, max);
	}
}

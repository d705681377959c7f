package vn.cchc.troly.operator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.plan.PlanRejectedException;
import vn.cchc.troly.plan.PlanWarning;

/**
 * The operator's texts, in Vietnamese (the operator command line speaks the commune's language),
 * and the Vietnamese way of showing numbers (97,5).
 */
@Component
class PlanTexts {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final Locale locale;

	@Autowired
	PlanTexts(MessageSource messages) {
		this(messages, VIETNAMESE);
	}

	PlanTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** A message; arguments are passed as strings so that years are not grouped ("2.024"). */
	String get(String key, Object... arguments) {
		var strings = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			strings[i] = arguments[i] == null ? "" : String.valueOf(arguments[i]);
		}
		return messages.getMessage(key, strings, locale);
	}

	String of(PlanRejectedException rejected) {
		return get(rejected.messageKey(), rejected.arguments().toArray());
	}

	String of(PlanWarning warning) {
		return get(warning.messageKey(), warning.arguments().toArray());
	}

	String number(BigDecimal value) {
		var format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(locale));
		return format.format(value);
	}
}

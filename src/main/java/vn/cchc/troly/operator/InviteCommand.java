package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.progress.Refused;

/**
 * {@code invite --position "Văn phòng - Thống kê" --role coordinator [--days 7] [--unit "UBND xã …"]}:
 * prints a one-time invite link to the unit named (needed when the installation has several; a fresh
 * installation gets its unit at its first invite). Needs only the database, so the first coordinator
 * can be invited before the bot has ever run.
 */
@Component
class InviteCommand implements OperatorCommand {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final Set<String> OPTIONS = Set.of("--position", "--role", "--days", "--unit");
	private final PeopleManagement people;
	private final OperatorUnits units;
	private final MessageSource messages;
	/** When the invite expires, in the commune's zone (the clock's). */
	private final DateTimeFormatter shown;

	InviteCommand(PeopleManagement people, OperatorUnits units, MessageSource messages, Clock clock) {
		this.people = people;
		this.units = units;
		this.messages = messages;
		this.shown = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
	}

	@Override
	public String name() {
		return "invite";
	}

	@Override
	public String usage() {
		return text("people.invite.cli.usage");
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		var options = new HashMap<String, String>();
		for (int i = 0; i < arguments.size(); i++) {
			var word = arguments.get(i);
			var equals = word.indexOf('=');
			var option = equals > 0 ? word.substring(0, equals) : word;
			if (!OPTIONS.contains(option)) {
				return fail(err, "people.invite.cli.unknownArgument", word);
			}
			if (equals > 0) {
				options.put(option, word.substring(equals + 1));
			}
			else if (i + 1 < arguments.size()) {
				options.put(option, arguments.get(++i));
			}
			else {
				return fail(err, "people.invite.cli.missingValue", option);
			}
		}
		var positionText = options.get("--position");
		if (positionText == null || positionText.isBlank()) {
			return fail(err, "people.invite.cli.missingPosition");
		}
		var role = Role.fromCommandLine(options.getOrDefault("--role", "official"));
		if (role.isEmpty()) {
			return fail(err, "people.invite.cli.badRole", options.get("--role"));
		}
		var days = days(options);
		if (days == null) {
			return fail(err, "people.invite.cli.badDays", options.get("--days"));
		}
		// The province's people belong to no unit; everyone else to the unit named, or the only one.
		var unit = role.get() == Role.PROVINCE ? null : units.chosen(options.get("--unit"), err);
		if (unit != null && unit.isEmpty()) {
			return 2;
		}
		var validity = days == 0 ? null : Duration.ofDays(days);
		java.util.function.Supplier<InviteOutcome> create = () -> validity == null
				? people.createInvite(positionText, role.get(), null)
				: people.createInvite(positionText, role.get(), null, validity);
		var outcome = unit == null ? create.get() : units.within(unit.get(), create);
		if (outcome instanceof InviteOutcome.Refused refused) {
			err.println(text("people.invite.refused." + refused.reason(), positionText.strip(),
					String.join("; ", refused.knownPositions())));
			return 1;
		}
		var created = (InviteOutcome.Created) outcome;
		out.println(text("people.invite.cli.created", created.position().name(),
				text("people.role." + created.role()), shown.format(created.expiresAt())));
		out.println(created.link());
		return 0;
	}

	/** The --days value, 0 when not given (the configured validity), null when unusable. */
	private static Integer days(Map<String, String> options) {
		var text = options.get("--days");
		if (text == null) {
			return 0;
		}
		try {
			int days = Integer.parseInt(text.strip());
			return days >= 1 && days <= 365 ? days : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private int fail(PrintStream err, String key, Object... arguments) {
		err.println(text(key, arguments));
		err.println(usage());
		return 2;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}
}

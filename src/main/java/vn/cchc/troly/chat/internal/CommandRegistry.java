package vn.cchc.troly.chat.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Every {@link ChatCommand} bean in {@code @Order}, found by name or alias. Checked at start-up:
 * Telegram allows only 1–32 of a-z, 0-9 and _, and no two commands may share a name.
 */
@Component
public class CommandRegistry {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

	private final List<ChatCommand> commands;
	private final Map<String, ChatCommand> byName = new HashMap<>();

	public CommandRegistry(List<ChatCommand> commands) {
		this.commands = List.copyOf(commands);
		for (var command : commands) {
			for (var name : List.of(command.name(), command.alias())) {
				if (!NAME.matcher(name).matches()) {
					throw new IllegalStateException("Telegram does not allow the command name /" + name + " ("
							+ command.getClass().getSimpleName() + "): use 1-32 of a-z, 0-9 and _");
				}
				var other = byName.put(name, command);
				if (other != null && other != command) {
					throw new IllegalStateException("/" + name + " is claimed by both " + other.getClass().getSimpleName()
							+ " and " + command.getClass().getSimpleName());
				}
			}
		}
	}

	public List<ChatCommand> commands() {
		return commands;
	}

	public Optional<ChatCommand> find(String name) {
		return Optional.ofNullable(byName.get(name));
	}
}

package vn.cchc.troly.chat.internal;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Reply;

/**
 * One chat command, as a Spring bean: the router finds it by its Vietnamese name or its English
 * alias, the help text and the command menu list it, and no command knows another. Names are what
 * Telegram allows: 1–32 characters of a-z, 0-9 and _ (checked at start-up). Annotate the class
 * with {@link org.springframework.core.annotation.Order @Order} to place it in the help and menu.
 */
public interface ChatCommand {

	/** The Vietnamese name without diacritics, without the slash: "trogiup". */
	String name();

	/** The English alias: "help". */
	String alias();

	/** The message key of the one-line description shown in the menu and the help. */
	String descriptionKey();

	/**
	 * The message key of the command's line in /trogiup when it differs from the menu's description:
	 * an example with a date, given as {0} (a day of the running year still to come), since a menu is
	 * set once and a help line is written when asked. Null to show the description.
	 */
	default String helpKey() {
		return null;
	}

	/** False to keep the command out of the command menu (it still works and shows in the help). */
	default boolean inMenu() {
		return true;
	}

	/**
	 * Who may use the command; the router checks before {@link #handle} is called. Registered
	 * officials unless the command says otherwise.
	 */
	default Access access() {
		return Access.REGISTERED;
	}

	/**
	 * Whether the province's people (no unit, no items) may use it. They see every unit through the
	 * commands that say so; every other command refuses them before {@link #handle} is called.
	 */
	default boolean servesProvince() {
		return false;
	}

	/**
	 * The message key of the description the province's people read in their help and menu, when
	 * the command does something else for them (the ranking of units rather than one plan).
	 */
	default String provinceDescriptionKey() {
		return descriptionKey();
	}

	/**
	 * In which chats the command answers; the router checks before {@link #handle} is called.
	 * Private chats only unless the command says otherwise.
	 */
	default Chats chats() {
		return Chats.PRIVATE;
	}

	/**
	 * Answers the command; {@link ChatRequest#argument()} holds the text after the command name.
	 * An exception is logged and the user gets an apology.
	 */
	Reply handle(ChatRequest request);
}

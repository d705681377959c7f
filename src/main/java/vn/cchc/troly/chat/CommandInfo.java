package vn.cchc.troly.chat;

/**
 * A command as a menu shows it.
 *
 * @param name the Vietnamese name without slash ("trogiup"); a-z, 0-9 and _, at most 32
 * @param alias the English alias ("help")
 * @param descriptionKey the message key of its one-line description (plain text)
 * @param inMenu false for a command that works but is not offered in menus (/start)
 * @param servesProvince whether the province's people may use it (they may use no other)
 * @param provinceDescriptionKey the description the province's people read
 */
public record CommandInfo(String name, String alias, String descriptionKey, boolean inMenu, Access access,
		Chats chats, boolean servesProvince, String provinceDescriptionKey) {
}

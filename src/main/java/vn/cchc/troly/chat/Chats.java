package vn.cchc.troly.chat;

/**
 * In which chats a command answers, declared by each command next to its {@link Access} and
 * enforced by the router, so the whole matrix can be listed from the registry. A command used where
 * it does not belong gets a short hint and never data.
 */
public enum Chats {

	/** Private chats with the bot only (the default); a group is told to write privately. */
	PRIVATE,

	/**
	 * Private chats and the leadership group (/nhomlanhdao); any other group is told it is not the
	 * leadership group.
	 */
	PRIVATE_AND_LEADERSHIP_GROUP,

	/** Groups only (setting the leadership group); a private chat is told to send it in the group. */
	GROUPS,

	/** Every chat: help, language. */
	ANY
}

package vn.cchc.troly.sandbox;

import vn.cchc.troly.people.Role;

/**
 * Someone the sandbox plays: a fixed fake Telegram user, the position they hold and their role.
 *
 * @param invitedOnly left unregistered at start, with a pending invite, so onboarding can be tried
 * @param inGroup a member of the leadership group
 */
record SandboxPerson(ChatUser user, String position, Role role, boolean invitedOnly, boolean inGroup) {
}

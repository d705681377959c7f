package vn.cchc.troly.people;

/**
 * Someone redeemed an invite: the official (new, or registered before) now holds its position and
 * role. Published in the redeeming transaction, so listeners hear of it once it is committed.
 */
public record InviteRedeemed(long officialId, long telegramUserId, Role role) {
}

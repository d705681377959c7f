-- A channel without buttons offers a reply's buttons as numbered lines; a bare "1" later stands for
-- the first button. Their data, one per line in order, kept with the user's pending conversation
-- (chat/internal/ChannelFit).
alter table telegram_conversation add column choices varchar(4000);

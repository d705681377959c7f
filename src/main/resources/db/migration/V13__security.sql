-- Wrong invite codes sent with /start, per Telegram user: after too many within a while, /start
-- codes from that user are not looked up until the window has passed (StartAttempts).
create table telegram_start_failure (
    user_id   bigint                   not null,
    failed_at timestamp with time zone not null
);

create index ix_telegram_start_failure_user on telegram_start_failure (user_id, failed_at);

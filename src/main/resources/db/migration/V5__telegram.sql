-- The chat adapter's own tables.

-- Every update received from Telegram, recorded before it is handled: a redelivered update_id
-- (the bot stopped before confirming it) is recognised and not handled twice.
create table telegram_update (
    update_id    bigint primary key,
    chat_id      bigint,
    user_id      bigint,
    received_at  timestamp with time zone not null,
    processed_at timestamp with time zone,
    outcome      varchar(20),
    payload      varchar(1000000) not null
);

-- The language a user chose with /ngonngu (vi, en); without a row Telegram's language decides.
create table telegram_language (
    user_id   bigint primary key,
    language  varchar(10) not null,
    chosen_at timestamp with time zone not null
);

-- A pending multi-step flow ("pick an item, then type the value") of one user in one chat.
create table telegram_conversation (
    chat_id    bigint        not null,
    user_id    bigint        not null,
    topic      varchar(100)  not null,
    data       varchar(4000),
    expires_at timestamp with time zone not null,
    primary key (chat_id, user_id)
);

-- The language a row was written in, so a message sent again after an uncertain attempt can say so
-- in the user's language (Outbox.load). Null for rows written before: Vietnamese.
alter table telegram_outbox add column locale varchar(35);

-- Whose figure counts. A figure from a coordinating official is a PROPOSAL (kind 'PROPOSAL'): kept in
-- the history, not counted until the item's lead confirms it. The lead's answer is a new report that
-- points at the proposal: a FIGURE carrying the proposal's value (it counts from then on), or a
-- DECLINE. A proposal is answered once; reports stay append-only.
alter table progress_report add column proposal_id bigint references progress_report (id);
alter table progress_report add constraint uq_progress_report_proposal unique (proposal_id);

-- A long message kept as evidence is a text (kind 'TEXT'): it has no Telegram file, its words are kept here.
alter table evidence alter column telegram_file_id drop not null;
alter table evidence alter column file_unique_id drop not null;
alter table evidence add column content varchar(100000);

-- A pending flow keeps what the official typed until they press a button, however long it was.
alter table telegram_conversation alter column data set data type varchar(100000);

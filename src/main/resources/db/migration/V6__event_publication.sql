-- Spring Modulith's event publication registry: an event between modules (a summary to post,
-- reminders to send) is stored with the transaction that raised it and delivered again after a
-- crash until its listener completes. Events carry ids and small values, never documents.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Backbone tables, the same in every service's database (Flyway location classpath:db/backbone).

-- Transactional outbox: written with the change, relayed to Kafka after the commit.
create table outbox_event (
    seq         bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    event_key   text        not null,
    event_type  text        not null,
    payload     jsonb       not null,
    traceparent text,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Idempotent consumers: an event id is processed once per consumer.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

-- Idempotency-Key on creates: the stored response of the first request.
create table idempotency_key (
    actor        text        not null,
    key          text        not null,
    request_hash text        not null,
    status       integer,
    location     text,
    body         text,
    created_at   timestamptz not null,
    primary key (actor, key)
);

-- Audit trail: append-only.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    detail      jsonb       not null default '{}'
);
create index audit_log_entity on audit_log (entity_type, entity_id, at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each statement execute function audit_log_is_append_only();

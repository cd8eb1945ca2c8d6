create table note (
    id       uuid primary key,
    subject  text not null,
    sequence integer not null
);

create table handled_event (
    event_id text not null,
    subject  text not null,
    sequence integer not null
);

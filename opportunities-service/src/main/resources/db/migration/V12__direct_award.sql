-- A contract awarded directly, without competition, on a Schedule 5 ground, published by a transparency notice (UK5).
alter table opportunity
    add column direct_award_ground         text,
    add column direct_award_justification  text;

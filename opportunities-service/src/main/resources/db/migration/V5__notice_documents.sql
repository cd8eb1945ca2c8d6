-- Documents a buyer attaches to a notice (tender packs, specifications, drawings). The file is on disk under
-- stored_name (opportunities.documents.dir); this is its metadata.
create table notice_document (
    id             uuid        primary key,
    opportunity_id uuid        not null references opportunity (id),
    original_name  text        not null,
    media_type     text        not null,
    size_bytes     bigint      not null check (size_bytes >= 0),
    stored_name    text        not null unique,
    sha256         text        not null,
    uploaded_at    timestamptz not null,
    uploaded_by    text        not null
);

-- the notice's documents, in upload order (the notice, the list route, OCDS)
create index notice_document_opportunity on notice_document (opportunity_id, uploaded_at, id);

-- The token signing keys, shared by every gateway replica (they were files in ONESTOP_KEYS_DIR). The private
-- key is PKCS#8, sealed with AES-256-GCM under ONESTOP_KEYS_ENCRYPTION_KEY: a random nonce per key and the kid
-- as associated data. A key without its private half (imported so) is only published, never signs.
create table signing_key (
    kid                text primary key,
    public_key         text        not null,
    private_key_nonce  bytea,
    private_key_sealed bytea,
    created_at         timestamptz not null,
    constraint signing_key_sealed_whole check ((private_key_nonce is null) = (private_key_sealed is null))
);

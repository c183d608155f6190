-- API keys: only a SHA-256 hash of the secret is stored.
CREATE TABLE api_keys (
    id            TEXT NOT NULL PRIMARY KEY,
    key_hash      TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    scope         TEXT NOT NULL,
    label         TEXT NOT NULL,
    origin        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    revoked_at    TEXT NULL,
    last_used_at  TEXT NULL
);

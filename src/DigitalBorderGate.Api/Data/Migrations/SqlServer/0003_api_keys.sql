-- API keys: only a SHA-256 hash of the secret is stored.
CREATE TABLE api_keys (
    id            uniqueidentifier  NOT NULL CONSTRAINT pk_api_keys PRIMARY KEY,
    key_hash      nvarchar(128)     NOT NULL CONSTRAINT uq_api_keys_key_hash UNIQUE,
    role          nvarchar(32)      NOT NULL,
    scope         nvarchar(max)     NOT NULL,
    label         nvarchar(400)     NOT NULL,
    origin        nvarchar(32)      NOT NULL,
    created_at    datetimeoffset(7) NOT NULL,
    revoked_at    datetimeoffset(7) NULL,
    last_used_at  datetimeoffset(7) NULL
);

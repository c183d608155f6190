-- Reference data: units, gates, their dated states and the dated unit-to-gate assignment.
-- Loaded from seeds/reference/<data set>/ at start-up; reference_data_loads records what was loaded.
CREATE TABLE units (
    code                TEXT NOT NULL PRIMARY KEY,
    name_vi             TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    kind                TEXT NOT NULL,
    accepts_referrals   INTEGER NOT NULL,
    legacy_office_code  TEXT NULL,
    province            TEXT NULL,
    reconstructed       INTEGER NOT NULL
);

CREATE TABLE border_gates (
    code          TEXT NOT NULL PRIMARY KEY,
    name_vi       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    province      TEXT NOT NULL,
    type          TEXT NOT NULL,
    mode          TEXT NOT NULL,
    chinese_side  TEXT NULL,
    accepts_goods INTEGER NOT NULL
);

CREATE TABLE gate_states (
    gate_code   TEXT NOT NULL REFERENCES border_gates (code),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NULL,
    state       TEXT NOT NULL,
    note_vi     TEXT NULL,
    note_en     TEXT NULL,
    PRIMARY KEY (gate_code, valid_from)
);

CREATE TABLE unit_gate_assignments (
    gate_code   TEXT NOT NULL REFERENCES border_gates (code),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NULL,
    unit_code   TEXT NOT NULL REFERENCES units (code),
    PRIMARY KEY (gate_code, valid_from)
);

CREATE TABLE vehicle_classes (
    code     TEXT NOT NULL PRIMARY KEY,
    name_vi  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    mode     TEXT NOT NULL
);

CREATE TABLE reference_data_loads (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    data_set      TEXT NOT NULL,
    description   TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    loaded_at     TEXT NOT NULL
);

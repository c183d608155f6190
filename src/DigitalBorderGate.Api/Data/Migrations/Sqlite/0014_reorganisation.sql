-- Reorganisation: other branches that took over gates or units, the gates they serve and from when, the units of
-- earlier structures with their successors, and the directions a gate handles (null: both).
CREATE TABLE other_branches (
    code     TEXT NOT NULL PRIMARY KEY,
    name_vi  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE gate_handovers (
    gate_code    TEXT NOT NULL REFERENCES border_gates (code),
    valid_from   TEXT NOT NULL,
    valid_to     TEXT NULL,
    branch_code  TEXT NOT NULL REFERENCES other_branches (code),
    PRIMARY KEY (gate_code, valid_from)
);

CREATE TABLE former_units (
    code                   TEXT NOT NULL PRIMARY KEY,
    name_vi                TEXT NOT NULL,
    name_en                TEXT NOT NULL,
    last_day               TEXT NOT NULL,
    successor_unit_code    TEXT NULL,
    successor_branch_code  TEXT NULL
);

ALTER TABLE border_gates ADD COLUMN directions TEXT NULL;

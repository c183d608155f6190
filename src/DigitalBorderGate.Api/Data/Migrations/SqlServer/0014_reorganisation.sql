-- Reorganisation: other branches that took over gates or units, the gates they serve and from when, the units of
-- earlier structures with their successors, and the directions a gate handles (null: both).
CREATE TABLE other_branches (
    code     nvarchar(32)  NOT NULL CONSTRAINT pk_other_branches PRIMARY KEY,
    name_vi  nvarchar(200) NOT NULL,
    name_en  nvarchar(200) NOT NULL
);

CREATE TABLE gate_handovers (
    gate_code    nvarchar(32) NOT NULL CONSTRAINT fk_gate_handovers_gate REFERENCES border_gates (code),
    valid_from   date         NOT NULL,
    valid_to     date         NULL,
    branch_code  nvarchar(32) NOT NULL CONSTRAINT fk_gate_handovers_branch REFERENCES other_branches (code),
    CONSTRAINT pk_gate_handovers PRIMARY KEY (gate_code, valid_from)
);

CREATE TABLE former_units (
    code                   nvarchar(32)  NOT NULL CONSTRAINT pk_former_units PRIMARY KEY,
    name_vi                nvarchar(200) NOT NULL,
    name_en                nvarchar(200) NOT NULL,
    last_day               date          NOT NULL,
    successor_unit_code    nvarchar(32)  NULL,
    successor_branch_code  nvarchar(32)  NULL
);

ALTER TABLE border_gates ADD directions nvarchar(100) NULL;

-- Reference data: units, gates, their dated states and the dated unit-to-gate assignment.
-- Loaded from seeds/reference/<data set>/ at start-up; reference_data_loads records what was loaded.
CREATE TABLE units (
    code                nvarchar(32)  NOT NULL CONSTRAINT pk_units PRIMARY KEY,
    name_vi             nvarchar(200) NOT NULL,
    name_en             nvarchar(200) NOT NULL,
    kind                nvarchar(32)  NOT NULL,
    accepts_referrals   bit           NOT NULL,
    legacy_office_code  nvarchar(32)  NULL,
    province            nvarchar(100) NULL,
    reconstructed       bit           NOT NULL
);

CREATE TABLE border_gates (
    code          nvarchar(32)  NOT NULL CONSTRAINT pk_border_gates PRIMARY KEY,
    name_vi       nvarchar(200) NOT NULL,
    name_en       nvarchar(200) NOT NULL,
    province      nvarchar(100) NOT NULL,
    type          nvarchar(32)  NOT NULL,
    mode          nvarchar(32)  NOT NULL,
    chinese_side  nvarchar(200) NULL,
    accepts_goods bit           NOT NULL
);

CREATE TABLE gate_states (
    gate_code   nvarchar(32)  NOT NULL CONSTRAINT fk_gate_states_gate REFERENCES border_gates (code),
    valid_from  date          NOT NULL,
    valid_to    date          NULL,
    state       nvarchar(32)  NOT NULL,
    note_vi     nvarchar(max) NULL,
    note_en     nvarchar(max) NULL,
    CONSTRAINT pk_gate_states PRIMARY KEY (gate_code, valid_from)
);

CREATE TABLE unit_gate_assignments (
    gate_code   nvarchar(32) NOT NULL CONSTRAINT fk_unit_gate_assignments_gate REFERENCES border_gates (code),
    valid_from  date         NOT NULL,
    valid_to    date         NULL,
    unit_code   nvarchar(32) NOT NULL CONSTRAINT fk_unit_gate_assignments_unit REFERENCES units (code),
    CONSTRAINT pk_unit_gate_assignments PRIMARY KEY (gate_code, valid_from)
);

CREATE TABLE vehicle_classes (
    code     nvarchar(32)  NOT NULL CONSTRAINT pk_vehicle_classes PRIMARY KEY,
    name_vi  nvarchar(200) NOT NULL,
    name_en  nvarchar(200) NOT NULL,
    mode     nvarchar(32)  NOT NULL
);

CREATE TABLE reference_data_loads (
    id             bigint IDENTITY (1, 1) NOT NULL CONSTRAINT pk_reference_data_loads PRIMARY KEY,
    data_set       nvarchar(200)     NOT NULL,
    description    nvarchar(max)     NOT NULL,
    effective_from date              NOT NULL,
    content_hash   nvarchar(128)     NOT NULL,
    loaded_at      datetimeoffset(7) NOT NULL
);

-- Clearance per customs declaration: each goods group's channel, checks and clearance, one JSON entry per group.
-- Rows written before hold '[]' and read as the truck-level channel and checks applied to every group.
ALTER TABLE declarations ADD COLUMN goods_clearance TEXT NOT NULL DEFAULT '[]';
-- The transfers to receiving vehicles recorded in the yard (JSON), oldest first.
ALTER TABLE declarations ADD COLUMN transshipments TEXT NOT NULL DEFAULT '[]';
-- What a history entry concerns beyond its status (JSON): the customs declaration, the transfer, the re-routing.
ALTER TABLE declaration_history ADD COLUMN details TEXT NULL;

-- Plates a declaration is found by besides the truck's own: the receiving vehicles of its transshipments.
CREATE TABLE declaration_plates (
    declaration_id  TEXT NOT NULL REFERENCES declarations (id),
    plate_number    TEXT NOT NULL,
    role            TEXT NOT NULL,
    PRIMARY KEY (declaration_id, plate_number, role)
);
CREATE INDEX ix_declaration_plates_plate ON declaration_plates (plate_number, declaration_id);

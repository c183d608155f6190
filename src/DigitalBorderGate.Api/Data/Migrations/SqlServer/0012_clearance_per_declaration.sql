-- Clearance per customs declaration: each goods group's channel, checks and clearance, one JSON entry per group.
-- Rows written before hold '[]' and read as the truck-level channel and checks applied to every group.
ALTER TABLE declarations ADD
    goods_clearance  nvarchar(max) NOT NULL CONSTRAINT df_declarations_goods_clearance DEFAULT N'[]',
    transshipments   nvarchar(max) NOT NULL CONSTRAINT df_declarations_transshipments DEFAULT N'[]';
-- What a history entry concerns beyond its status (JSON): the customs declaration, the transfer, the re-routing.
ALTER TABLE declaration_history ADD details nvarchar(max) NULL;

-- Plates a declaration is found by besides the truck's own: the receiving vehicles of its transshipments.
CREATE TABLE declaration_plates (
    declaration_id  uniqueidentifier NOT NULL CONSTRAINT fk_declaration_plates_declaration REFERENCES declarations (id),
    plate_number    nvarchar(32)     NOT NULL,
    role            nvarchar(32)     NOT NULL,
    CONSTRAINT pk_declaration_plates PRIMARY KEY (declaration_id, plate_number, role)
);
CREATE INDEX ix_declaration_plates_plate ON declaration_plates (plate_number, declaration_id);

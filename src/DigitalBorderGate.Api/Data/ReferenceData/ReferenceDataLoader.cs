using System.Security.Cryptography;
using DigitalBorderGate.Api.Settings;
using DigitalBorderGate.Domain.Reference;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>
/// Loads the configured data set from seeds/ into the reference tables. Idempotent: the file's hash is recorded,
/// and a start-up with the same data set and the same file changes nothing.
/// </summary>
internal sealed class ReferenceDataLoader(Database database, IOptions<BorderGateOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<ReferenceDataLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.ReferenceData;
        var file = Path.Combine(SeedsFolder.Resolve(settings.SeedsPath, environment), "reference", settings.DataSet, "reference-data.json");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"Reference data set '{settings.DataSet}' was not found at {file}.");
        }
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var dataSet = ReferenceDataJson.Deserialize(System.Text.Encoding.UTF8.GetString(bytes));
        var problems = ReferenceDataSetCheck.Problems(dataSet);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{file} is inconsistent: {string.Join("; ", problems.Select(p => p.Message))}");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var loaded = await database.WriteAsync(unit => ReplaceIfChangedAsync(unit, settings.DataSet, dataSet, hash), cancellationToken);
        logger.LogInformation(loaded ? "Loaded reference data set {DataSet}" : "Reference data set {DataSet} is already loaded", settings.DataSet);
    }

    private async Task<bool> ReplaceIfChangedAsync(UnitOfWork unit, string name, ReferenceDataSet data, string hash)
    {
        var (connection, transaction) = (unit.Connection, unit.Transaction);
        var alreadyLoaded = await connection.ExecuteScalarAsync<int>(
            """
            SELECT COUNT(*) FROM reference_data_loads
            WHERE id = (SELECT MAX(id) FROM reference_data_loads) AND data_set = @Name AND content_hash = @Hash
            """, new { Name = name, Hash = hash }, transaction);
        if (alreadyLoaded > 0)
        {
            return false;
        }
        await connection.ExecuteAsync(
            "DELETE FROM gate_states; DELETE FROM unit_gate_assignments; DELETE FROM gate_handovers; DELETE FROM former_units; DELETE FROM other_branches; DELETE FROM vehicle_classes; DELETE FROM border_gates; DELETE FROM units;",
            transaction: transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO units (code, name_vi, name_en, kind, accepts_referrals, legacy_office_code, province, reconstructed)
            VALUES (@Code, @NameVi, @NameEn, @Kind, @AcceptsReferrals, @LegacyOfficeCode, @Province, @Reconstructed)
            """,
            data.Units.Select(u => new { u.Code, u.NameVi, u.NameEn, Kind = EnumText.Of(u.Kind), u.AcceptsReferrals, u.LegacyOfficeCode, u.Province, u.Reconstructed }),
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO border_gates (code, name_vi, name_en, province, type, mode, chinese_side, accepts_goods, opens_at, closes_at, directions)
            VALUES (@Code, @NameVi, @NameEn, @Province, @Type, @Mode, @ChineseSide, @AcceptsGoods, @OpensAt, @ClosesAt, @Directions)
            """,
            data.Gates.Select(g => new
            {
                g.Code,
                g.NameVi,
                g.NameEn,
                g.Province,
                Type = EnumText.Of(g.Type),
                Mode = EnumText.Of(g.Mode),
                g.ChineseSide,
                g.AcceptsGoods,
                OpensAt = GateClock.Format(g.OpeningHours?.Opens),
                ClosesAt = GateClock.Format(g.OpeningHours?.Closes),
                Directions = g.Directions is null ? null : string.Join(',', g.Directions.Select(d => EnumText.Of(d))),
            }),
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO gate_states (gate_code, valid_from, valid_to, state, note_vi, note_en)
            VALUES (@GateCode, @From, @To, @State, @NoteVi, @NoteEn)
            """,
            data.Gates.SelectMany(g => g.States.Select(s => new { GateCode = g.Code, s.From, s.To, State = EnumText.Of(s.State), s.NoteVi, s.NoteEn })),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO unit_gate_assignments (gate_code, valid_from, valid_to, unit_code) VALUES (@GateCode, @From, @To, @UnitCode)",
            data.Assignments, transaction);
        await connection.ExecuteAsync("INSERT INTO other_branches (code, name_vi, name_en) VALUES (@Code, @NameVi, @NameEn)", data.Branches, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO gate_handovers (gate_code, valid_from, valid_to, branch_code) VALUES (@GateCode, @From, @To, @BranchCode)",
            data.Handovers, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO former_units (code, name_vi, name_en, last_day, successor_unit_code, successor_branch_code)
            VALUES (@Code, @NameVi, @NameEn, @LastDay, @SuccessorUnitCode, @SuccessorBranchCode)
            """,
            data.Predecessors, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO vehicle_classes (code, name_vi, name_en, mode) VALUES (@Code, @NameVi, @NameEn, @Mode)",
            data.VehicleClasses.Select(v => new { v.Code, v.NameVi, v.NameEn, Mode = EnumText.Of(v.Mode) }),
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO reference_data_loads (data_set, description, effective_from, content_hash, loaded_at) VALUES (@Name, @Description, @EffectiveFrom, @Hash, @Now)",
            new { Name = name, data.Description, data.EffectiveFrom, Hash = hash, Now = clock.GetUtcNow() },
            transaction);
        var rerouted = await OpenDeclarationRerouting.ApplyAsync(unit, data, clock.GetUtcNow());
        if (rerouted > 0)
        {
            logger.LogInformation("Re-placed {Count} open declarations under data set {DataSet}", rerouted, name);
        }
        return true;
    }
}

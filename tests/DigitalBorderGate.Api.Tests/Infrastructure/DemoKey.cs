namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>The keys of seeds/demo-api-keys.json that the tests act with.</summary>
public sealed record DemoKey(string Secret)
{
    public static readonly DemoKey DeclarantA = new("dbg_demo_declarant_0100109106");
    public static readonly DemoKey DeclarantB = new("dbg_demo_declarant_4900501239");
    public static readonly DemoKey HuuNghiOfficer = new("dbg_demo_officer_huu_nghi");
    public static readonly DemoKey TanThanhOfficer = new("dbg_demo_officer_tan_thanh");
    public static readonly DemoKey TaLungOfficer = new("dbg_demo_officer_ta_lung");
    public static readonly DemoKey BranchOfficer = new("dbg_demo_officer_branch");
    public static readonly DemoKey Admin = new("dbg_demo_admin");

    public const string TaxCodeA = "0100109106";
    public const string TaxCodeB = "4900501239";
}

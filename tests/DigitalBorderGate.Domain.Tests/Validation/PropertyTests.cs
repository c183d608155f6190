using CsCheck;

namespace DigitalBorderGate.Domain.Tests.Validation;

public class PropertyTests
{
    private static readonly int[] TaxCodeWeights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    // ISO 6346 letter values written out, so the test does not share the production derivation.
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] LetterValues = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38];

    private static readonly Gen<string> NineDigits = Gen.Char['0', '9'].Array[9].Select(c => new string(c));

    /// <summary>10 − (Σ dᵢ × wᵢ mod 11), or 10 when no digit fits.</summary>
    private static int TaxCheck(string nineDigits) =>
        10 - (nineDigits.Select((c, i) => (c - '0') * TaxCodeWeights[i]).Sum() % 11);

    [Fact]
    public void Tax_codes_with_a_computed_check_digit_pass_and_any_other_digit_fails()
    {
        Gen.Select(NineDigits, Gen.Int[0, 9], Gen.Int[0, 999]).Sample((nine, digit, branch) =>
        {
            var check = TaxCheck(nine);
            var code = nine + digit;
            var shouldPass = check != 10 && digit == check;

            Assert.Equal(shouldPass, TaxCode.Validate(code, Drafts.IdentityProvinces).IsValid);
            Assert.Equal(shouldPass && branch > 0, TaxCode.Validate($"{code}-{branch:000}", Drafts.IdentityProvinces).IsValid);
            Assert.Equal(shouldPass && branch > 0, TaxCode.Validate($"{code}{branch:000}", Drafts.IdentityProvinces).IsValid);
            if (!shouldPass)
            {
                Assert.Equal(ErrorCodes.TaxCodeCheckDigit, TaxCode.Validate(code, Drafts.IdentityProvinces).ErrorCode);
            }
        }, iter: 5000);
    }

    [Fact]
    public void Valid_tax_codes_round_trip_through_normalisation()
    {
        NineDigits.Where(n => TaxCheck(n) != 10).Sample(nine =>
        {
            var code = nine + TaxCheck(nine);

            Assert.Equal(code, TaxCode.Validate($"  {code}\t", Drafts.IdentityProvinces).Value);
        }, iter: 1000);
    }

    private static readonly Gen<string> ContainerBody = Gen.Select(
        Gen.Char['A', 'Z'].Array[3],
        Gen.Char["UJZ"],
        Gen.Char['0', '9'].Array[6],
        (owner, category, serial) => new string(owner) + category + new string(serial));

    private static int ContainerCheck(string body)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = body[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : LetterValues[Letters.IndexOf(c, StringComparison.Ordinal)];
            sum += value * (int)Math.Pow(2, i);
        }

        return sum % 11 % 10;
    }

    [Fact]
    public void Container_numbers_with_a_computed_check_digit_pass_and_any_other_digit_fails()
    {
        Gen.Select(ContainerBody, Gen.Int[1, 9]).Sample((body, shift) =>
        {
            var check = ContainerCheck(body);
            var valid = body + check;
            var wrong = body + ((check + shift) % 10);

            Assert.Equal(valid, ContainerNumber.Validate(valid.ToLowerInvariant()).Value);
            Assert.Equal(ErrorCodes.ContainerCheckDigit, ContainerNumber.Validate(wrong).ErrorCode);
        }, iter: 5000);
    }

    private static readonly Gen<char> AnyChar = Gen.OneOf(
        Gen.Char['\u0020', '\u007E'],
        Gen.Char['\u0000', '\u001F'],
        Gen.Char["\u007F\u0085\u00A0\u200B\u202A\u202E\u2066\u2069\uFEFF\uFFFD"],
        Gen.Char["ạảãàáâậầấẩẫăắằặẳẵđĐêếềệểễôốồộổỗơớờợởỡưứừựửữ"],
        Gen.Char['\u4E00', '\u9FFF'],
        Gen.Char["桂粤·-. "],
        Gen.Char['\uD800', '\uDFFF'],
        Gen.Char['\u0300', '\u036F'],
        Gen.Char['\u0660', '\u0669'],
        Gen.Char['\uFF10', '\uFF3A']);

    private static readonly Gen<string> RandomString = AnyChar.Array[0, 40].Select(c => new string(c));

    // Near-valid values reach the deeper branches of each rule; random ones probe the edges.
    private static readonly Gen<string?> AnyText = Gen.Frequency(
        (6, RandomString.Null(0.1)),
        (1, Gen.OneOf<string?>(
            "0100109106", "0100109106-001", "12C-123.45", "桂F0666D", "CSQU3054383", "105123456780", "305123456780",
            "08106000", "+84912345678", "0912345678", "020123456789", "Sầu riêng tươi", "KGM", "HUU_NGHI", "VT6",
            "import", "export", "VN", "CN", "2026-11-24T08:30:00+07:00", "2026-11-20T01:00:00Z", "😀🚚", "")));

    private static readonly Gen<decimal?> AnyNumber = Gen.Frequency<decimal?>(
        (2, Gen.Decimal.Select(d => (decimal?)d)),
        (6, Gen.Int[-10, 70000].Select(i => (decimal?)i)),
        (1, Gen.OneOf<decimal?>(null, decimal.MaxValue, decimal.MinValue, 0.01m)));

    private static Gen<IReadOnlyList<T>?> ListOf<T>(Gen<T> element, int max) =>
        Gen.Select(Gen.Int[0, 4], element.Array[0, max], (k, a) => k == 0 ? null : (IReadOnlyList<T>?)a);

    private static readonly Gen<GoodsItemDraft?> AnyItem =
        Gen.Select(AnyText, AnyText, AnyNumber, AnyText, AnyNumber, (d, h, q, u, w) => new GoodsItemDraft(d, h, q, u, w)).Null(0.1);

    private static readonly Gen<GoodsGroupDraft?> AnyGroup =
        Gen.Select(AnyText, AnyNumber, ListOf(AnyItem, 4), (n, w, items) => new GoodsGroupDraft(n, w, items)).Null(0.1);

    private static readonly Gen<VehicleDraft?> AnyVehicle = Gen.Select(
        AnyText, AnyText, AnyText, AnyText, ListOf(AnyText, 12), ListOf(AnyText, 22),
        Gen.Select(AnyText, AnyText, AnyText, (n, p, i) => new DriverDraft(n, p, i)).Null(0.1),
        (plate, nationality, vehicleClass, trailer, containers, seals, driver) =>
            new VehicleDraft(plate, nationality, vehicleClass, trailer, containers, seals, driver)).Null(0.1);

    private static readonly Gen<DeclarationDraft> AnyDraft = Gen.Select(
        AnyText, AnyText, AnyText, AnyText, AnyText, AnyText, AnyText, AnyVehicle, ListOf(AnyGroup, 6),
        Gen.Select(AnyText, AnyText, (p, a) => new TransshipmentDraft(p, a)).Null(0.5),
        (direction, gate, arrival, declarant, feePayer, phone, yard, vehicle, goods, transshipment) =>
            new DeclarationDraft(direction, gate, arrival, declarant, feePayer, phone, yard, vehicle, goods, transshipment));

    [Fact]
    public void No_field_rule_throws_on_any_string()
    {
        var now = Drafts.Now;
        var known = new HashSet<string>(["HUU_NGHI"]);
        RandomString.Null(0.05).Sample(s =>
        {
            _ = TaxCode.Validate(s, Drafts.IdentityProvinces);
            _ = VietnamesePlate.Validate(s, Drafts.PlateProvinces);
            _ = VietnamesePlate.Validate(s, Drafts.PlateProvinces, PlateRole.Trailer);
            _ = ChinesePlate.Validate(s);
            _ = ChinesePlate.Validate(s, PlateRole.Trailer);
            _ = PlateNumber.Normalize(s ?? "");
            _ = ContainerNumber.Validate(s);
            _ = CustomsDeclarationNumber.Validate(s, Direction.Import);
            _ = HsCode.Validate(s);
            _ = PhoneNumber.Validate(s);
            _ = IdentityNumber.Validate(s, Drafts.IdentityProvinces);
            _ = UnitCode.Validate(s, Drafts.Units);
            _ = LoadStateValue.Validate(s);
            _ = SealNumber.Validate(s);
            _ = ExpectedArrival.Validate(s, now);
            _ = DirectionValue.Validate(s);
            _ = NationalityValue.Validate(s);
            _ = KnownCode.Validate(s, known, ErrorCodes.BorderGateUnknown);
            var text = FreeText.Validate(s, FreeText.DescriptionMaxLength);
            if (text.IsValid)
            {
                Assert.True(text.Value!.Length <= FreeText.DescriptionMaxLength);
                Assert.DoesNotContain(text.Value, char.IsControl);
                Assert.True(text.Value.IsNormalized());
            }
        }, iter: 20000);
    }

    [Fact]
    public void The_validator_never_throws_and_returns_either_content_or_errors()
    {
        var policy = Drafts.Policy();
        AnyDraft.Sample(draft =>
        {
            var outcome = DeclarationValidator.Validate(draft, policy);

            Assert.Equal(outcome.Errors.Count == 0, outcome.Content is not null);
            Assert.All(outcome.Errors, e =>
            {
                Assert.StartsWith("/", e.Field, StringComparison.Ordinal);
                Assert.Contains(e.Code, ErrorCatalog.Codes);
            });
        }, iter: 5000);
    }

    // Mostly valid, sometimes not: about 1 in 10 of each value breaks a rule.
    private static Gen<T> MostlyValid<T>(Gen<T> valid, Gen<T> invalid) => Gen.Frequency((9, valid), (1, invalid));

    private static readonly Gen<GoodsItemDraft?> NearValidItem = Gen.Select(
        MostlyValid(Gen.OneOf<string?>("Sầu riêng tươi", " 榴莲 ", "Thanh long"), Gen.OneOf<string?>(null, "a\u0000b")),
        MostlyValid(Gen.OneOf<string?>("08106000", "08109010"), Gen.OneOf<string?>("0810", null)),
        MostlyValid(Gen.Int[1, 2000].Select(i => (decimal?)i), Gen.Int[-5, 0].Select(i => (decimal?)i)),
        MostlyValid(Gen.OneOf<string?>("KGM", "tne", " pce "), Gen.OneOf<string?>("K", "KG M")),
        MostlyValid(Gen.Int[1, 20000].Select(i => (decimal?)i), Gen.Int[60001, 70000].Select(i => (decimal?)i)),
        (d, h, q, u, w) => (GoodsItemDraft?)new GoodsItemDraft(d, h, q, u, w));

    private static readonly Gen<GoodsGroupDraft?> NearValidGroup = Gen.Select(
        MostlyValid(Gen.OneOf<string?>(null, " ", "105123456780", " 105123456781 "), Gen.OneOf<string?>("305123456780", "1051")),
        MostlyValid(Gen.Int[1, 20000].Select(i => (decimal?)i), Gen.Int[-1, 0].Select(i => (decimal?)i)),
        Gen.Select(Gen.Int[0, 9], NearValidItem.Array[0, 2], (k, a) => k == 0 ? null : (IReadOnlyList<GoodsItemDraft?>?)a),
        (n, w, items) => (GoodsGroupDraft?)new GoodsGroupDraft(n, w, items));

    [Fact]
    public void Any_draft_that_passes_is_fully_normalised()
    {
        // Mostly-valid drafts: only the nationality, plate and goods vary, so that many samples pass.
        var vehicles = Gen.OneOf<string?>("VN", "cn", " CN ").SelectMany(
            nationality => nationality!.Trim() == "VN"
                ? MostlyValid(Gen.OneOf<string?>("12C-123.45", "29e07714"), Gen.OneOf<string?>("桂F0666D"))
                : MostlyValid(Gen.OneOf<string?>("桂F0666D", "FF0666", "桂a·12345"), Gen.OneOf<string?>("12C-123.45")),
            (nationality, plate) => Drafts.Vehicle() with { Nationality = nationality, PlateNumber = plate, TrailerPlateNumber = null });
        var passed = 0;
        var failed = 0;

        var goodsLists = Gen.Select(Gen.Int[0, 19], NearValidGroup.Array[0, 3], (k, a) => k == 0 ? null : (IReadOnlyList<GoodsGroupDraft?>?)a);

        Gen.Select(vehicles, goodsLists).Sample((vehicle, goods) =>
        {
            var outcome = Drafts.Validate(Drafts.Valid() with { Vehicle = vehicle, Goods = goods });
            if (!outcome.IsValid)
            {
                Interlocked.Increment(ref failed);
                return;
            }

            Interlocked.Increment(ref passed);
            var content = outcome.Content;
            Assert.DoesNotContain(content.Vehicle.PlateNumber, c => c is '-' or '.' or '·' or ' ');
            Assert.DoesNotContain('桂', content.Vehicle.PlateNumber[1..]);
            Assert.Equal(content.Vehicle.PlateNumber.ToUpperInvariant(), content.Vehicle.PlateNumber);
            Assert.NotEmpty(content.Goods);
            Assert.InRange(content.TotalGrossWeightKg, 1m, Weight.TruckLimitKg);
            Assert.All(content.Goods, g =>
            {
                Assert.True(g.CustomsDeclarationNumber is not null || g.Items.Count > 0);
                Assert.True(g.CustomsDeclarationNumber is null or ['1', ..] && g.CustomsDeclarationNumber?.Length is null or 12);
                Assert.All(g.Items, i =>
                {
                    Assert.Matches("^[0-9]{8}$", i.HsCode);
                    Assert.Equal(i.Description.Trim(), i.Description);
                    Assert.Matches("^[A-Z0-9]{2,5}$", i.Unit);
                });
            });
        }, iter: 3000);

        // Both outcomes must occur, or the property above was never exercised.
        Assert.True(passed > 100, $"only {passed} samples passed");
        Assert.True(failed > 300, $"only {failed} samples failed");
    }
}

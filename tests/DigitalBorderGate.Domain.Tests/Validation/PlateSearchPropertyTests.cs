using CsCheck;

namespace DigitalBorderGate.Domain.Tests.Validation;

/// <summary>Whatever way a plate was declared, and whatever way it is typed into a search, the search finds it.</summary>
public class PlateSearchPropertyTests
{
    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Provinces = "桂粤云湘京川";

    private static readonly Gen<char> Letter = Gen.Char[PlateLetters];
    private static readonly Gen<char> Digit = Gen.Char['0', '9'];
    private static readonly Gen<char> LetterOrDigit = Gen.Frequency((3, Digit), (1, Letter));

    // The compact body of a Chinese plate after the province: regular, new-energy small and large, trailer.
    private static readonly Gen<(string Body, PlateRole Role)> ChineseBody = Gen.OneOf(
        Gen.Select(Letter, LetterOrDigit.Array[5], (city, rest) => (city + new string(rest), PlateRole.Truck)),
        Gen.Select(Letter, Gen.Char["DF"], LetterOrDigit, Digit.Array[4], (city, kind, next, rest) => ($"{city}{kind}{next}{new string(rest)}", PlateRole.Truck)),
        Gen.Select(Letter, Digit.Array[5], Gen.Char["DF"], (city, digits, kind) => ($"{city}{new string(digits)}{kind}", PlateRole.Truck)),
        Gen.Select(Letter, LetterOrDigit.Array[4], (city, rest) => ($"{city}{new string(rest)}挂", PlateRole.Trailer)));

    private static readonly Gen<string> Separator = Gen.OneOf(Gen.Const(""), Gen.Const("·"), Gen.Const(" "), Gen.Const("-"), Gen.Const("."));

    /// <summary>Writes the compact plate the way people do: separators between characters, any letter case.</summary>
    private static Gen<string> Written(string compact) =>
        Gen.Select(Separator.Array[compact.Length], Gen.Bool.Array[compact.Length], (separators, lower) =>
            string.Concat(compact.Select((c, i) => separators[i] + (lower[i] ? char.ToLowerInvariant(c) : c).ToString())));

    [Fact]
    public void A_chinese_plate_is_found_with_or_without_its_province_however_it_is_written()
    {
        var cases = Gen.Select(ChineseBody, Gen.Char[Provinces], Gen.Bool, (body, province, withProvince) => (body, province, withProvince))
            .SelectMany(c =>
            {
                var declared = (c.withProvince ? c.province.ToString() : "") + c.body.Body;
                return Gen.Select(Written(declared), Written(c.body.Body), Written(c.province + c.body.Body),
                    (asDeclared, typedWithout, typedWith) => (c.body, asDeclared, typedWithout, typedWith, c.withProvince, c.province));
            });

        cases.Sample(c =>
        {
            var stored = VehiclePlate.Validate(c.asDeclared, VehicleNationality.CN, c.body.Role, Drafts.PlateProvinces);

            Assert.True(stored.IsValid, $"{c.asDeclared}: {stored.ErrorCode}");
            Assert.Equal(c.withProvince, stored.Value!.StartsWith(c.province));
            var key = PlateNumber.Normalize(stored.Value);
            Assert.Equal(key, PlateNumber.Normalize(c.typedWithout));
            Assert.Equal(key, PlateNumber.Normalize(c.typedWith));
            Assert.Equal(key, PlateNumber.Normalize(c.asDeclared));
        }, iter: 1000);
    }

    [Fact]
    public void A_vietnamese_plate_is_found_however_it_is_written()
    {
        var provinces = Drafts.PlateProvinces.Order(StringComparer.Ordinal).ToArray();
        var cases = Gen.Select(Gen.Int[0, provinces.Length - 1].Select(i => provinces[i]), Gen.Char["ABCDEFGHKLMNPSTUVXYZ"].Array[1, 2], Digit.Array[4, 5],
                (province, series, digits) => province + new string(series) + new string(digits))
            .SelectMany(compact => Gen.Select(Written(compact), Written(compact), (declared, typed) => (compact, declared, typed)));

        cases.Sample(c =>
        {
            var stored = VehiclePlate.Validate(c.declared, VehicleNationality.VN, PlateRole.Truck, Drafts.PlateProvinces);

            Assert.True(stored.IsValid, $"{c.declared}: {stored.ErrorCode}");
            Assert.Equal(c.compact, stored.Value);
            Assert.Equal(PlateNumber.Normalize(stored.Value!), PlateNumber.Normalize(c.typed));
        }, iter: 1000);
    }
}

using System.Collections;
using System.Reflection;

namespace DigitalBorderGate.Api.Contract;

/// <summary>
/// What the server enforces on one request field, written into its schema: whether it must be present, its closed
/// set of values, its length, shape and bounds. Request DTOs are loosely typed on purpose (every field nullable,
/// closed sets as strings) so that the validator can report every problem at once; this says what is valid.
/// Zero and NaN mean "not limited".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class FieldContractAttribute : Attribute
{
    /// <summary>The server refuses the request without it.</summary>
    public bool Required { get; set; }

    /// <summary>
    /// The closed set of values: an enum (its camelCase names) or a type with a public static <c>All</c> list of
    /// strings. For a list, the set of each element.
    /// </summary>
    public Type? OneOf { get; set; }

    public int MaxLength { get; set; }

    public string? Pattern { get; set; }

    public string? Format { get; set; }

    public int MaxItems { get; set; }

    /// <summary>The longest element of a list of strings.</summary>
    public int ItemMaxLength { get; set; }

    public string? ItemPattern { get; set; }

    public double Minimum { get; set; } = double.NaN;

    /// <summary>The value must be greater than <see cref="Minimum"/>.</summary>
    public bool ExclusiveMinimum { get; set; }

    public double Maximum { get; set; } = double.NaN;

    /// <summary>Said in the schema, where the rule is more than a limit (what null means, say).</summary>
    public string? Description { get; set; }

    public IReadOnlyList<string> Values() => ValuesOf(OneOf);

    public static IReadOnlyList<string> ValuesOf(Type? source)
    {
        if (source is null)
        {
            return [];
        }
        if (source.IsEnum)
        {
            return Enum.GetNames(source).Select(name => EnumNaming.Instance.ConvertName(name)).ToList();
        }
        var all = source.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? source.GetField("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        return all is IEnumerable values
            ? values.Cast<object>().Select(v => v.ToString()!).ToList()
            : throw new InvalidOperationException($"{source.Name} is neither an enum nor has a static All list.");
    }
}

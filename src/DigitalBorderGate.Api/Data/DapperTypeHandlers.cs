using System.Data;
using System.Globalization;

namespace DigitalBorderGate.Api.Data;

/// <summary>
/// SQLite has no date or uuid types: values come back as text. These handlers accept both that text and the
/// native values other providers return, so the same row types read from every database.
/// </summary>
internal static class DapperTypeHandlers
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }
        // Dapper's built-in mapping of these types wins over a handler for parameters; removing it makes every
        // parameter go through the handlers below, so no time reaches SQLite in any other format.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        // Registering the value type registers its nullable form too.
        SqlMapper.AddTypeHandler(typeof(DateTimeOffset), new DateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(typeof(Guid), new GuidHandler());
        SqlMapper.AddTypeHandler(typeof(DateOnly), new DateOnlyHandler());
    }

    // Times are stored in UTC in one fixed-width format, so that text order is time order.
    public const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToStorage(DateTimeOffset value) =>
        value.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    private static bool IsSqlite(IDbDataParameter parameter) => parameter is Microsoft.Data.Sqlite.SqliteParameter;

    /// <summary>
    /// Dapper hands a handler a null as DBNull and sets no type of its own; SqlClient would then send the null as
    /// nvarchar. A null gets the column's native type on every provider but SQLite, which is left as it was.
    /// </summary>
    private abstract class Handler<T>(DbType nativeType) : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            if (value is DBNull)
            {
                parameter.Value = value;
                if (!IsSqlite(parameter))
                {
                    parameter.DbType = nativeType;
                }
                return;
            }
            SetValue(parameter, (T)value);
        }

        public object? Parse(Type destinationType, object value) => Parse(value);

        protected abstract void SetValue(IDbDataParameter parameter, T value);

        protected abstract T Parse(object value);
    }

    private sealed class DateTimeOffsetHandler() : Handler<DateTimeOffset>(DbType.DateTimeOffset)
    {
        protected override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (IsSqlite(parameter))
            {
                parameter.DbType = DbType.String;
                parameter.Value = ToStorage(value);
            }
            else
            {
                parameter.DbType = DbType.DateTimeOffset;
                parameter.Value = value.ToUniversalTime();
            }
        }

        protected override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset native => native,
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => throw new DataException($"Cannot read a time from {value.GetType().Name}."),
        };
    }

    private sealed class GuidHandler() : Handler<Guid>(DbType.Guid)
    {
        protected override void SetValue(IDbDataParameter parameter, Guid value)
        {
            if (IsSqlite(parameter))
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString("D");
            }
            else
            {
                parameter.DbType = DbType.Guid;
                parameter.Value = value;
            }
        }

        protected override Guid Parse(object value) => value switch
        {
            Guid native => native,
            string text => Guid.Parse(text),
            byte[] bytes => new Guid(bytes),
            _ => throw new DataException($"Cannot read a uuid from {value.GetType().Name}."),
        };
    }

    private sealed class DateOnlyHandler() : Handler<DateOnly>(DbType.Date)
    {
        // Dapper binds DateOnly parameters itself (DbType.Date, a map that wins over handlers); this only reads.
        protected override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        protected override DateOnly Parse(object value) => value switch
        {
            DateOnly native => native,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read a date from {value.GetType().Name}."),
        };
    }
}

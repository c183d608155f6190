using DigitalBorderGate.Bench;

// bare-kestrel <port> | sqlite-ceiling <file> <writers> <rowsPerCommit> <seconds> | seed <file> <declarations> <openInUnit>
// | retention-year <file> <declarationsPerDay> <days>
return args switch
{
    ["bare-kestrel", var port] => await BareKestrel.RunAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture)),
    ["sqlite-ceiling", var file, var writers, var rows, var seconds] => await SqliteCeiling.RunAsync(file, Int(writers), Int(rows), Int(seconds)),
    ["seed", var file, var declarations, var open] => await BulkSeed.RunAsync(file, Int(declarations), Int(open)),
    ["retention-year", var file, var perDay, var days] => await RetentionYear.RunAsync(file, Int(perDay), Int(days)),
    _ => Usage(),
};

static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: bare-kestrel <port> | sqlite-ceiling <file> <writers> <rowsPerCommit> <seconds> | seed <file> <declarations> <openInUnit> | retention-year <file> <declarationsPerDay> <days>");
    return 2;
}

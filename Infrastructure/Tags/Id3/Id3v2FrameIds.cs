namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>Frame names: 2.2's three-character ids in their 2.3/2.4 form, and the text frames that map straight to a field.</summary>
internal static class Id3v2FrameIds
{
    /// <summary>"TT2" → "TIT2"; an id 2.2 has no successor for keeps a "v22:" prefix so it matches nothing.</summary>
    public static string FromV22(string id) => V22.GetValueOrDefault(id, "v22:" + id);

    /// <summary>Text frames whose values go unchanged under one Vorbis-comment name.</summary>
    public static string? PlainTextField(string id) => TextFields.GetValueOrDefault(id);

    private static readonly Dictionary<string, string> V22 = new(StringComparer.Ordinal)
    {
        ["TT1"] = "TIT1", ["TT2"] = "TIT2", ["TT3"] = "TIT3", ["TP1"] = "TPE1", ["TP2"] = "TPE2", ["TP3"] = "TPE3",
        ["TAL"] = "TALB", ["TRK"] = "TRCK", ["TPA"] = "TPOS", ["TYE"] = "TYER", ["TDA"] = "TDAT", ["TOR"] = "TORY",
        ["TCO"] = "TCON", ["TCM"] = "TCOM", ["TCP"] = "TCMP", ["TBP"] = "TBPM", ["TRC"] = "TSRC", ["TXT"] = "TEXT",
        ["TPB"] = "TPUB", ["TCR"] = "TCOP", ["TMT"] = "TMED", ["TLA"] = "TLAN", ["TKE"] = "TKEY", ["TEN"] = "TENC",
        ["TSS"] = "TSSE", ["TS2"] = "TSO2", ["TSA"] = "TSOA", ["TSP"] = "TSOP", ["TST"] = "TSOT", ["TSC"] = "TSOC",
        ["TXX"] = "TXXX", ["COM"] = "COMM", ["ULT"] = "USLT", ["SLT"] = "SYLT", ["PIC"] = "APIC", ["UFI"] = "UFID",
    };

    private static readonly Dictionary<string, string> TextFields = new(StringComparer.Ordinal)
    {
        ["TIT2"] = "TITLE", ["TPE1"] = "ARTIST", ["TPE2"] = "ALBUMARTIST", ["TALB"] = "ALBUM",
        ["TRCK"] = "TRACKNUMBER", ["TPOS"] = "DISCNUMBER", ["TDRC"] = "DATE", ["TDOR"] = "ORIGINALDATE",
        ["TORY"] = "ORIGINALYEAR", ["TCOM"] = "COMPOSER", ["TCMP"] = "COMPILATION", ["TBPM"] = "BPM", ["TSRC"] = "ISRC",
        ["TIT1"] = "GROUPING", ["TIT3"] = "SUBTITLE", ["TPE3"] = "CONDUCTOR", ["TEXT"] = "LYRICIST", ["TPUB"] = "LABEL",
        ["TCOP"] = "COPYRIGHT", ["TMED"] = "MEDIA", ["TLAN"] = "LANGUAGE", ["TKEY"] = "KEY", ["TMOO"] = "MOOD",
        ["TSST"] = "DISCSUBTITLE", ["TENC"] = "ENCODEDBY", ["TSSE"] = "ENCODERSETTINGS", ["TSOP"] = "ARTISTSORT",
        ["TSO2"] = "ALBUMARTISTSORT", ["TSOA"] = "ALBUMSORT", ["TSOT"] = "TITLESORT", ["TSOC"] = "COMPOSERSORT",
    };
}

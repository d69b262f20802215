using EcoAnalytics.Io;

namespace EcoAnalytics.Tests.Io;

public class CsvTokenizerTests
{
    /// <summary>Each record as (line, fields joined by '|', error).</summary>
    private static List<(int Line, string Fields, string? Error)> Records(string text)
    {
        var tokenizer = new CsvTokenizer(text);
        var records = new List<(int, string, string?)>();
        while (tokenizer.Read())
        {
            records.Add((tokenizer.Line, string.Join('|', Enumerable.Range(0, tokenizer.FieldCount).Select(tokenizer.GetString)), tokenizer.Error));
        }

        return records;
    }

    [Fact]
    public void Read_PlainRecords_FieldsAndPhysicalLines()
    {
        var records = Records("a,b,c\n1,2,3\n");
        Assert.Equal([(1, "a|b|c", null), (2, "1|2|3", (string?)null)], records);
    }

    [Fact]
    public void Read_QuotedFieldWithCommaAndNewlines_OneFieldAndLaterLinesStillRight()
    {
        var records = Records("h1,h2\n\"a, b\nc\nd\",x\nnext,row\n");
        Assert.Equal(3, records.Count);
        Assert.Equal((2, "a, b\nc\nd|x"), (records[1].Line, records[1].Fields));
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public void Read_DoubledQuotes_EscapedAndUnescapedByGetString()
    {
        var tokenizer = new CsvTokenizer("\"say \"\"hi\"\"\",plain");
        Assert.True(tokenizer.Read());
        Assert.True(tokenizer.IsEscaped(0));
        Assert.False(tokenizer.IsEscaped(1));
        Assert.Equal("say \"\"hi\"\"", tokenizer.Span(0).ToString());
        Assert.Equal("say \"hi\"", tokenizer.GetString(0));
    }

    [Fact]
    public void Read_CrLfAndLoneCr_EachEndsOneLine()
    {
        var records = Records("a\r\nb\rc\nd");
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
        Assert.Equal(["a", "b", "c", "d"], records.Select(r => r.Fields));
    }

    [Fact]
    public void Read_EmptyLines_SkippedButCounted()
    {
        var records = Records("a\n\n\nb\n");
        Assert.Equal([(1, "a"), (4, "b")], records.Select(r => (r.Line, r.Fields)));
    }

    [Fact]
    public void Read_EmptyFields_Kept()
    {
        Assert.Equal("x||", Records("x,,\n")[0].Fields);
    }

    [Fact]
    public void GetString_SurroundingWhiteSpace_Trimmed()
    {
        Assert.Equal("a|b c", Records(" a , b c \n")[0].Fields);
    }

    [Fact]
    public void Read_UnterminatedQuote_CostsOnlyItsOwnLine()
    {
        var records = Records("a,b\n1,\"open\n2,3\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("a quote opened on this line is not closed on it; the row was skipped and reading resumed on the next line", records[1].Error);
        Assert.Equal((3, null), (records[2].Line, records[2].Error));
        Assert.Equal("2|3", records[2].Fields);
    }

    [Fact]
    public void Read_UnterminatedQuoteOnTheLastLine_IsAnErrorOnThatLine()
    {
        var records = Records("a,b\n1,2\n3,\"open\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(3, records[2].Line);
        Assert.NotNull(records[2].Error);
    }

    [Fact]
    public void Read_StrayQuotesTwoLinesApart_SwallowNothing()
    {
        // With the header's field count known, a quote closed lines below in a record of the wrong length is a stray.
        var tokenizer = new CsvTokenizer("a,b,c\n1,\"x,2\n3,4,5\n6,y\",7\n8,9,10\n");
        Assert.True(tokenizer.Read());
        tokenizer.ExpectedFields = tokenizer.FieldCount;
        var lines = new List<(int Line, string? Error)>();
        while (tokenizer.Read())
        {
            lines.Add((tokenizer.Line, tokenizer.Error));
        }

        Assert.Equal([2, 3, 4, 5], lines.Select(l => l.Line));
        Assert.NotNull(lines[0].Error);
        Assert.Null(lines[1].Error);
        Assert.Null(lines[3].Error);
        Assert.Equal(1, tokenizer.Resynchronised);
    }

    [Fact]
    public void Read_MultiLineQuotedFieldOfTheRightLength_IsKept()
    {
        var tokenizer = new CsvTokenizer("a,b\n1,\"two\nlines\"\n2,3\n");
        Assert.True(tokenizer.Read());
        tokenizer.ExpectedFields = tokenizer.FieldCount;
        Assert.True(tokenizer.Read());
        Assert.Null(tokenizer.Error);
        Assert.Equal("two\nlines", tokenizer.GetString(1));
        Assert.True(tokenizer.Read());
        Assert.Equal("2", tokenizer.GetString(0));
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a,b;c\n1,2;3\n", ',')]
    [InlineData("single\n1\n", ',')]
    public void SniffDelimiter_FromTheHeaderLine(string text, char expected) => Assert.Equal(expected, CsvFile.SniffDelimiter(text));

    [Fact]
    public void Read_TextAfterClosingQuote_ErrorButNextRecordFine()
    {
        var records = Records("\"a\"b,c\nd,e\n");
        Assert.Equal("unexpected characters after a closing quote", records[0].Error);
        Assert.Equal((2, "d|e", (string?)null), records[1]);
    }

    [Fact]
    public void Read_QuoteInsideAnUnquotedField_Literal()
    {
        Assert.Equal([(1, "a|b\"c|d", null), (2, "e|f", (string?)null)], Records("a,b\"c,d\ne,f"));
    }

    [Fact]
    public void Read_MixOfQuotedAndPlainRecords_SameFieldsAndLines()
    {
        var records = Records("a,b\r\n\"x\ny\",z\r\nc,\r\n\r\n,d\n");
        Assert.Equal([(1, "a|b", null), (2, "x\ny|z", null), (4, "c|", null), (6, "|d", (string?)null)], records);
    }

    [Fact]
    public void Read_SpacesAfterClosingQuote_Tolerated()
    {
        var records = Records("\"a\"  ,b\n");
        Assert.Equal((1, "a|b", (string?)null), records[0]);
    }
}

using CwLogs.HelpCompiler.About;

namespace CwLogs.HelpCompiler.Tests;

public class AboutTopicWriterTests
{
    [Fact]
    public void Writes_topic_headings_wrapped_text_lists_and_code()
    {
        const string markdown = """
            # about_Thing

            ## SHORT DESCRIPTION

            Explains things.

            ## LONG DESCRIPTION

            Things are small objects that this module keeps in a store and hands out on request, one by one, forever.

            1. First item
               wraps here.

            ```powershell
            Get-Thing   -Name box
            ```
            """;
        var diagnostics = new DiagnosticBag();
        var text = AboutTopicWriter.Write(markdown, "/docs/about_Thing.md", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("""
            TOPIC
                about_Thing

            SHORT DESCRIPTION
                Explains things.

            LONG DESCRIPTION
                Things are small objects that this module keeps in a store and hands out on
                request, one by one, forever.

                1. First item wraps here.

                    Get-Thing   -Name box

            """.Replace("\r\n", "\n"), text);
    }
}

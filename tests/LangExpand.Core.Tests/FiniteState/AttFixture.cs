using System.Text;
using LangExpand.Core.FiniteState;

namespace LangExpand.Core.Tests.FiniteState;

/// <summary>Reads hand-made AT&amp;T text named <c>fixture.att</c>.</summary>
internal static class AttFixture
{
    public static AttTransducer Read(string text) => AttTextReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "fixture.att");
}

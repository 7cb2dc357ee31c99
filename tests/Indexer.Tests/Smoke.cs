namespace Gongkai.Indexer.Tests;
public class Smoke { [Xunit.Fact] public void Builds() => Xunit.Assert.True(true); }

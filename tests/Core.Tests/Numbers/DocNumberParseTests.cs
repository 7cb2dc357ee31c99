using Xunit;
using Gongkai.Core.Numbers;

namespace Gongkai.Core.Tests.Numbers;

public class DocNumberParseTests
{
    [Theory]
    [InlineData("张政办发〔2017〕15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发[2017]15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发［2017］15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发(2017)15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发（2017）15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发【2017】15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发﹝2017﹞15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发〈2017〉15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发2017年15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发〔2017年〕15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发〔２０１７〕１５号", "张政办发〔2017〕15号")]
    [InlineData("张政办发〔2017〕\n\n15号", "张政办发〔2017〕15号")]
    [InlineData(" 张 政 办 发 〔 2017 〕 15 号 ", "张政办发〔2017〕15号")]
    [InlineData("张政办发〔2017〕第15号", "张政办发〔2017〕15号")]
    [InlineData("张政办发〔2017〕15", "张政办发〔2017〕15号")]
    [InlineData("甘区政办发201756号", "甘区政办发〔2017〕56号")]
    [InlineData("滬府發〔2017〕92號", "沪府发〔2017〕92号")]
    [InlineData("張政辦發〔2017〕15號", "张政办发〔2017〕15号")]
    [InlineData("张政办字〔2015〕57号", "张政办字〔2015〕57号")]
    [InlineData("国办发明电〔2010〕36号", "国办发明电〔2010〕36号")]
    [InlineData("（淄政办发〔2017〕17号）", "淄政办发〔2017〕17号")]
    [InlineData("漳公积金〔2023]10号", "漳公积金〔2023〕10号")]
    public void TypedFormsParseToTheCanonicalNumber(string typed, string canonical)
    {
        Assert.True(DocNumber.TryParse(typed, out var n));
        Assert.Equal(canonical, n.Canonical);
        Assert.Equal(canonical, n.ToString());
    }

    [Fact]
    public void ZiIsPartOfTheAgencyNotNoise()
    {
        Assert.True(DocNumber.TryParse("张政办字〔2015〕57号", out var n));
        Assert.Equal(new DocNumber("张政办字", 2015, 57), n);
    }

    [Theory]
    [InlineData("0533-2869810")]
    [InlineData("2017年3月5日")]
    [InlineData("2017年度")]
    [InlineData("第十五条")]
    [InlineData("国务院令第15号")]
    [InlineData("粤ICP备05029467号")]
    [InlineData("粤公网安备44060402000401号")]
    [InlineData("2017年12号台风")]
    [InlineData("〔2017〕15号")]
    [InlineData("")]
    [InlineData("关于印发张店区村居审计办法的通知")]
    [InlineData("这是一个非常非常长的不可能是机关代字的句子〔2017〕15号")]
    public void NonNumbersDoNotParse(string typed) => Assert.False(DocNumber.TryParse(typed, out _));
}

using Xunit;
using Gongkai.Core.Numbers;

namespace Gongkai.Core.Tests.Numbers;

public class DocNumberFindAllTests
{
    private static string[] Found(string text) => DocNumber.FindAll(text).Select(m => m.Number.Canonical).ToArray();

    [Theory]
    [InlineData("根据国办发〔2017〕24号文件精神", "国办发〔2017〕24号")]
    [InlineData("市政府《关于加强管理的通知》(淄政办发〔2017〕17号)要求", "淄政办发〔2017〕17号")]
    [InlineData("按照《通知》（张政办发〔2017〕\n\n15号）", "张政办发〔2017〕15号")]
    [InlineData("转发鲁政办字[2016]3号", "鲁政办字〔2016〕3号")]
    [InlineData("依据张政发2014年143号", "张政发〔2014〕143号")]
    [InlineData("国务院关于全国矿产资源规划（2016—2020年）的批复国函〔2016〕178号国土资源部：", "国函〔2016〕178号")]
    [InlineData("请　示　的　通　知国发〔1981〕172号各省", "国发〔1981〕172号")]
    [InlineData("的紧急通知国办发明电〔2010〕36号各省", "国办发明电〔2010〕36号")]
    [InlineData("印发了滬府發〔2017〕92號", "沪府发〔2017〕92号")]
    [InlineData("甘区政办发201756号\n各乡镇", "甘区政办发〔2017〕56号")]
    public void FindsTheNumberAndItsAgencyBoundary(string text, string expected) =>
        Assert.Equal([expected], Found(text));

    [Fact]
    public void ReportsOffsetAndLengthOfEachNumberInTheText()
    {
        const string text = "根据国发〔2017〕1号和国办发〔2017〕2号，制定本办法。";
        var all = DocNumber.FindAll(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("国发〔2017〕1号", text.Substring(all[0].Offset, all[0].Length));
        Assert.Equal("国办发〔2017〕2号", text.Substring(all[1].Offset, all[1].Length));
    }

    [Theory]
    [InlineData("联系电话：0533-2869810")]
    [InlineData("本办法于2017年3月5日起施行。")]
    [InlineData("2017年度工作报告")]
    [InlineData("受2017年12号台风影响")]
    [InlineData("依照第十五条规定，第15号令")]
    [InlineData("备案编号：粤ICP备05029467号 粤公网安备44060402000401号")]
    [InlineData("全市完成投资201756万元")]
    [InlineData("规划（2016—2020年）")]
    public void RunningTextWithoutNumbersYieldsNothing(string text) => Assert.Empty(Found(text));

    [Fact]
    public void RunTogetherFormMidSentenceIsNotANumber() => Assert.Empty(Found("据统计，甘区政办发201756号"));
}

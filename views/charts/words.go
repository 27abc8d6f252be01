package charts

import "github.com/aicamps/aicamps/data"

// words are the few labels the charts write themselves, in both languages.
// They are words, not figures: every number comes from the data.
var words = map[string]data.Text{
	"source":              {Zh: "来源：", En: "Source: "},
	"marked":              {Zh: "数据已标注", En: "figures marked"},
	"as of":               {Zh: "截至 ", En: "As of "},
	"empty":               {Zh: "此日期前没有可显示的数据", En: "No figures to show by this date"},
	"no camp":             {Zh: "不属任何阵营", En: "No camp"},
	"not stated":          {Zh: "未说明", En: "Not stated"},
	"hatched":             {Zh: "斜线：", En: "Hatched: "},
	"or":                  {Zh: " / ", En: " / "},
	"export…":             {Zh: "导出…", En: "Export..."},
	"no charts":           {Zh: "数据中没有图表", En: "The data declares no charts"},
	"total":               {Zh: "合计", En: "Total"},
	string(data.Reported): {Zh: "已报道", En: "reported"},
	string(data.Rumoured): {Zh: "传闻", En: "rumoured"},
	string(data.Claimed):  {Zh: "声称", En: "claimed"},
	string(data.Estimate): {Zh: "估计", En: "estimate"},
	string(data.Forecast): {Zh: "预测", En: "forecast"},
	string(data.Derived):  {Zh: "推算", En: "derived"},
	data.Investment:       {Zh: "投资", En: "Investment"},
	data.Compute:          {Zh: "算力合约", En: "Compute contract"},
	data.ChipSupply:       {Zh: "芯片供应", En: "Chip supply"},
	data.Exclusive:        {Zh: "独家部署", En: "Exclusive deployment"},
	data.Partnership:      {Zh: "合作", En: "Partnership"},
	data.BoardSeat:        {Zh: "董事会席位", En: "Board seat"},
	data.Rivalry:          {Zh: "竞争", En: "Rivalry"},
	data.Rupture:          {Zh: "决裂", En: "Rupture"},
}

func word(lang, key string) string {
	if t, ok := words[key]; ok {
		return t.In(lang)
	}
	return key
}

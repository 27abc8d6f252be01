package charts

import "github.com/aicamps/aicamps/data"

// words are the few labels the charts write themselves, in both languages.
// They are words, not figures: every number comes from the data.
var words = map[string]data.Text{
	"source":     {Zh: "来源：", En: "Source: "},
	"marked":     {Zh: "数据已标注", En: "figures marked"},
	"as of":      {Zh: "截至 ", En: "As of "},
	"empty":      {Zh: "此日期前没有可显示的数据", En: "No figures to show by this date"},
	"no camp":    {Zh: "不属任何阵营", En: "No camp"},
	"not stated": {Zh: "未说明", En: "Not stated"},
	"hatched":    {Zh: "斜线：", En: "Hatched: "},
	"or":         {Zh: " / ", En: " / "},
	"export…":    {Zh: "导出…", En: "Export..."},
	"no charts":  {Zh: "数据中没有图表", En: "The data declares no charts"},
	"total":      {Zh: "合计", En: "Total"},
}

func word(lang, key string) string {
	if t, ok := words[key]; ok {
		return t.In(lang)
	}
	return key
}

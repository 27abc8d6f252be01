package data

import (
	"regexp"
	"strings"
)

// The loader's messages are built in English (the CLI's and the log's
// language). For the window in Chinese, In says them in Chinese through the
// table below, keyed by the message's form; file:line:col, the JSON path,
// ids, values and quoted text stay as they are. A form the table lacks stays
// English rather than being guessed at.

// In is e in lang: zh translates the message, any other keeps English.
func (e Error) In(lang string) string {
	if lang != "zh" {
		return e.String()
	}
	z := e
	z.Msg = MessageZh(e.Msg)
	return z.String()
}

// In lists the errors one per line, in lang.
func (es Errors) In(lang string) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.In(lang)
	}
	return strings.Join(lines, "\n")
}

type rule struct {
	re *regexp.Regexp
	zh func(m []string) string
}

func r(pattern string, zh func(m []string) string) rule {
	return rule{regexp.MustCompile("^" + pattern + "$"), zh}
}

var nouns = map[string]string{
	"company": "公司", "camp": "阵营", "source": "来源", "section": "段落节", "series": "数据系列",
	"chart": "图表", "relation": "关系", "event": "事件", "era": "时期", "statement": "言论", "member": "成员",
	"date": "日期", "until": "截止日期", "start": "开始", "end": "结束",
	"column": "列", "field": "字段", "unit": "单位",
}

func noun(s string) string {
	if z, ok := nouns[s]; ok {
		return z
	}
	return s
}

// zhRules are tried in order; the first whose pattern matches the whole
// message says it.
var zhRules = []rule{
	r(`the file is empty, expected a JSON object`, func([]string) string { return "文件是空的,应为一个 JSON 对象" }),
	r(`the file ends too early, expected the rest of the JSON value \(a missing \} or \]\?\)`, func([]string) string {
		return "文件提前结束,应还有 JSON 值的其余部分(缺少 } 或 ]?)"
	}),
	r(`syntax error: (.*)`, func(m []string) string { return "JSON 语法错误:" + syntaxZh(m[1]) }),
	r(`found byte (0x[0-9a-f]+) that is not UTF-8, expected the file to be UTF-8 text`, func(m []string) string {
		return "发现不是 UTF-8 的字节 " + m[1] + ",文件应为 UTF-8 文本"
	}),
	r(`found (.+) after the top-level object, expected the end of the file`, func(m []string) string { return "顶层对象之后还有 " + m[1] + ",应为文件结尾" }),
	r(`found (.+) at the top level, expected an object \{…\}`, func(m []string) string { return "顶层是" + valueZh(m[1]) + ",应为一个对象 {…}" }),
	r(`found (.+) after a comma, expected another value: JSON allows no trailing comma`, func(m []string) string {
		return "逗号之后是 " + m[1] + ",应为另一个值:JSON 不允许末尾逗号"
	}),
	r(`the file is (over )?(\d+) MiB, expected at most (\d+) MiB`, func(m []string) string {
		return "文件" + map[bool]string{true: "超过 ", false: "为 "}[m[1] != ""] + m[2] + " MiB,至多应为 " + m[3] + " MiB"
	}),
	r(`… and (\d+) more`, func(m []string) string { return "……另有 " + m[1] + " 处错误" }),
	r(`field (".*") appears twice in this object, expected each field once`, func(m []string) string {
		return "字段 " + m[1] + " 在此对象中出现两次,每个字段应只出现一次"
	}),
	r(`found arrays and objects nested more than (\d+) deep, expected at most (\d+)`, func(m []string) string {
		return "数组和对象嵌套超过 " + m[1] + " 层,至多应为 " + m[2] + " 层"
	}),
	r(`found number (\S+), expected a number that fits a float64 \(at most about 1\.8e308\)`, func(m []string) string {
		return "数字 " + m[1] + " 超出范围,应为 float64 能表示的数字(至多约 1.8e308)"
	}),
	r(`found number (\S+), expected a whole number that fits an int`, func(m []string) string { return "数字 " + m[1] + " 不是整数,应为 int 能表示的整数" }),
	r(`missing required fields? (.+)`, func(m []string) string { return "缺少必填字段 " + m[1] }),
	r(`unknown field (".*"), expected one of (.*)`, func(m []string) string { return "未知字段 " + m[1] + ",应为以下之一:" + m[2] }),
	r(`unknown field (".*")`, func(m []string) string { return "未知字段 " + m[1] }),
	r(`unknown (\w+) (".*") in source (".*")`, func(m []string) string { return "来源 " + m[3] + " 中没有" + noun(m[1]) + " " + m[2] }),
	r(`unknown (\w+) (".*")`, func(m []string) string { return "未知" + noun(m[1]) + " " + m[2] }),
	r(`duplicate (\w+) id (".*")(?: in source (".*"))?, expected each id once \(first at index (\d+)\)`, func(m []string) string {
		in := ""
		if m[3] != "" {
			in = "(来源 " + m[3] + ")"
		}
		return noun(m[1]) + " id " + m[2] + in + " 重复,每个 id 应只出现一次(首次在索引 " + m[4] + ")"
	}),
	r(`found version (\d+), expected (\d+): this build reads version (\d+) files`, func(m []string) string {
		return "文件版本为 " + m[1] + ",应为 " + m[2] + ":本程序只读取第 " + m[3] + " 版文件"
	}),
	r(`found paragraph (\d+), expected 1 or more`, func(m []string) string { return "段落号为 " + m[1] + ",应为 1 或更大" }),
	r(`found empty text, expected zh or en \(or both\)`, func([]string) string { return "文本为空,应有 zh 或 en(或两者)" }),
	r(`found precision undated with a value or qualifier, expected either a dated value or neither`, func([]string) string {
		return "精度为 undated 却有日期值或限定词,应为有日期的值,或两者都没有"
	}),
	r(`found (".*"), expected a real calendar date (\S+) \(precision (\w+)\)`, func(m []string) string {
		return "发现 " + m[1] + ",应为真实存在的日期 " + m[2] + "(精度 " + m[3] + ")"
	}),
	r(`found (".*"), expected a date in year 0001 or later \(there is no year 0\)`, func(m []string) string {
		return "发现 " + m[1] + ",应为 0001 年或之后的日期(没有 0 年)"
	}),
	r(`found before (".*"), expected before (\S+) or later, so that the day before it is a date too`, func(m []string) string {
		return "发现 " + m[1] + " 之前,“之前”的日期应不早于 " + m[2] + ",使其前一天也是日期"
	}),
	r(`found after (".*"), expected after (\S+) or earlier, so that the day after it is a date too`, func(m []string) string {
		return "发现 " + m[1] + " 之后,“之后”的日期应不晚于 " + m[2] + ",使其后一天也是日期"
	}),
	r(`found precision (".*"), expected day, month or year`, func(m []string) string { return "精度为 " + m[1] + ",应为 day、month 或 year" }),
	r(`found (\w+) (\S+), before (\w+) (\S+); expected (\w+) on or after (\w+)`, func(m []string) string {
		return noun(m[1]) + " " + m[2] + " 早于" + noun(m[3]) + " " + m[4] + ";" + noun(m[5]) + "应不早于" + noun(m[6])
	}),
	r(`company (".*") is already a member of this camp \(members\[(\d+)\]\), expected each member once`, func(m []string) string {
		return "公司 " + m[1] + " 已是此阵营的成员(members[" + m[2] + "]),每个成员应只出现一次"
	}),
	r(`found (".*") as both from and to, expected two different companies`, func(m []string) string { return m[1] + " 同时是 from 和 to,应为两家不同的公司" }),
	r(`found (\S+), expected a value of 0 or more \(US dollars\)`, func(m []string) string { return "发现 " + m[1] + ",应为 0 或更大的值(美元)" }),
	r(`found (\S+), expected an amount of 0 or more`, func(m []string) string { return "发现 " + m[1] + ",应为 0 或更大的数量" }),
	r(`found (\S+), expected a value of 0 or more \((.*)\)`, func(m []string) string { return "发现 " + m[1] + ",应为 0 或更大的值(" + m[2] + ")" }),
	r(`found (\S+), expected a percentage from 0 to 100`, func(m []string) string { return "发现 " + m[1] + ",应为 0 到 100 之间的百分比" }),
	r(`found no derivation for a derived figure, expected how it was computed \(derivation\.zh or \.en\)`, func([]string) string {
		return "推算的数字没有 derivation,应说明如何算出(derivation.zh 或 .en)"
	}),
	r(`shares of (.+) sum to (\S+) from (points\[\d+\]) on, expected at most 100`, func(m []string) string {
		return strings.Replace(m[1], "group ", "分组 ", 1) + " 的份额自 " + m[3] + " 起合计 " + m[2] + ",至多应为 100"
	}),
	r(`found (\d+) series, expected none: a (\S+) chart draws the relations`, func(m []string) string {
		return "有 " + m[1] + " 个数据系列,应为无:" + m[2] + " 图表画的是关系"
	}),
	r(`found no series, expected at least one for a (\S+) chart`, func(m []string) string { return "没有数据系列," + m[1] + " 图表至少应有一个" }),
	r(`found no max of at least the value (\S+), expected the upper end of the range`, func(m []string) string {
		return "没有不小于数值 " + m[1] + " 的 max,应为区间的上限"
	}),
	r(`found max without bound "range", expected bound "range"`, func([]string) string { return `有 max 却没有 bound "range",应为 bound "range"` }),
	r(`found (\d+) items, expected at least (\d+)`, func(m []string) string { return "有 " + m[1] + " 项,至少应有 " + m[2] + " 项" }),
	// data/sheet's own (workbooks): its errors are data.Errors too.
	r(`the file is empty, expected an XLSX workbook`, func([]string) string { return "文件是空的,应为 XLSX 工作簿" }),
	r(`the file is an old \.xls or a password-protected workbook, expected an XLSX workbook: save it as \.xlsx without a password`, func([]string) string {
		return "文件是旧的 .xls 或有密码的工作簿,应为 XLSX 工作簿:请另存为不带密码的 .xlsx"
	}),
	r(`the workbook unpacks to (\d+) MiB, expected at most (\d+) MiB: refused as a possible zip bomb`, func(m []string) string {
		return "工作簿解压后为 " + m[1] + " MiB,至多应为 " + m[2] + " MiB:疑为压缩炸弹,拒绝读取"
	}),
	r(`found the sheets (.*), expected a camps workbook \((.*)\) or a Kumu one \((.*)\)`, func(m []string) string {
		return "工作表为 " + m[1] + ",应为阵营工作簿(" + m[2] + ")或 Kumu 工作簿(" + m[3] + ")"
	}),
	r(`the sheet is not read: it is none of (.*)`, func(m []string) string { return "未读取此工作表:它不是以下之一:" + m[1] }),
	r(`the sheet is not read`, func([]string) string { return "未读取此工作表" }),
	r(`column (".*") again \(first in column (\w+)\), expected each column once`, func(m []string) string {
		return "列 " + m[1] + " 重复(首次在 " + m[2] + " 列),每列应只出现一次"
	}),
	r(`found an empty first row, expected the header row: (.*)`, func(m []string) string { return "第一行是空的,应为表头:" + m[1] }),
	r(`found (".*") where the header row should be, expected the column names: (.*)`, func(m []string) string {
		return "表头处是 " + m[1] + ",应为列名:" + m[2]
	}),
	r(`(.+) differs from the first row of (".*"), expected it empty or the same`, func(m []string) string {
		return m[1] + " 与 " + m[2] + " 的第一行不同,应留空或相同"
	}),
	r(`found no camp id, expected the id of a camp of the Camps sheet`, func([]string) string { return "没有阵营 id,应为 Camps 工作表中某个阵营的 id" }),
	r(`unknown unit (".*") for (.+), expected one of (.*)`, func(m []string) string { return m[2] + " 的单位 " + m[1] + " 未知,应为以下之一:" + m[3] }),
	r(`(".*") is not JSON, expected for example (.*)`, func(m []string) string { return m[1] + " 不是 JSON,应如 " + m[2] }),
	r(`unknown (\w+) (".*"), expected one of (.*)`, func(m []string) string { return "未知" + noun(m[1]) + " " + m[2] + ",应为以下之一:" + m[3] }),
	r(`the Elements sheet is empty, expected a header row \((.*)\) and one element per row`, func(m []string) string {
		return "Elements 工作表是空的,应有表头(" + m[1] + ")且每行一个元素"
	}),
	r(`found no Label column, expected a header row with (.*)`, func(m []string) string { return "没有 Label 列,表头应含 " + m[1] }),
	r(`some elements have no Country column value \(two letters, US\): read as ZZ, unknown`, func([]string) string {
		return "有些元素没有 Country 列的值(两个字母,如 US):按 ZZ(未知)读取"
	}),
	r(`found (.+?), expected (.+)`, func(m []string) string { return "发现" + valueZh(m[1]) + ",应为" + expectZh(m[2]) }),
}

var didYouMean = regexp.MustCompile(`^(.*) \(did you mean (".*")\?\)$`)

// MessageZh says one loader message in Chinese (see zhRules).
func MessageZh(msg string) string {
	if m := didYouMean.FindStringSubmatch(msg); m != nil {
		return MessageZh(m[1]) + "(是否想写 " + m[2] + "?)"
	}
	for _, rl := range zhRules {
		if m := rl.re.FindStringSubmatch(msg); m != nil {
			return rl.zh(m)
		}
	}
	return msg
}

// valueZh names a described value ("string \"x\"", "number 5", "an array").
func valueZh(s string) string {
	switch {
	case s == "an array":
		return "数组"
	case s == "an object":
		return "对象"
	case s == "an empty string":
		return "空字符串"
	case strings.HasPrefix(s, "string "):
		return "字符串 " + strings.TrimPrefix(s, "string ")
	case strings.HasPrefix(s, "number "):
		return "数字 " + strings.TrimPrefix(s, "number ")
	}
	return " " + s
}

var expectPhrases = []struct{ en, zh string }{
	{`an id of lowercase letters, digits, "." and "-", starting with a letter or digit`, `由小写字母、数字、"." 和 "-" 组成、以字母或数字开头的 id`},
	{`a colour "#rrggbb"`, `颜色 "#rrggbb"`},
	{`a date YYYY-MM-DD, YYYY-MM or YYYY`, `日期 YYYY-MM-DD、YYYY-MM 或 YYYY`},
	{"a whole number", "整数"}, {"a number", "数字"}, {"a string", "字符串"}, {"an object", "对象"},
	{"an array", "数组"}, {"a boolean", "布尔值"}, {"null", "null"},
}

// expectZh says what was expected.
func expectZh(s string) string {
	switch {
	case strings.HasPrefix(s, "one of "):
		return "以下之一:" + strings.TrimPrefix(s, "one of ")
	case strings.HasPrefix(s, "at least ") && strings.HasSuffix(s, " characters"):
		return "至少 " + strings.TrimSuffix(strings.TrimPrefix(s, "at least "), " characters") + " 个字符"
	case strings.HasPrefix(s, "at least "):
		return "至少 " + strings.TrimPrefix(s, "at least ")
	case strings.HasPrefix(s, "at most "):
		return "至多 " + strings.TrimPrefix(s, "at most ")
	case strings.HasPrefix(s, "a string matching "):
		return "匹配 " + strings.TrimPrefix(s, "a string matching ") + " 的字符串"
	}
	parts := strings.Split(s, " or ")
	for i, p := range parts {
		for _, ph := range expectPhrases {
			if p == ph.en {
				parts[i] = ph.zh
			}
		}
	}
	return strings.Join(parts, "或")
}

var syntaxRules = []rule{
	r(`invalid character (.+) after object key:value pair`, func(m []string) string { return "键值对之后出现无效字符 " + m[1] }),
	r(`invalid character (.+) after object key`, func(m []string) string { return "对象的键之后出现无效字符 " + m[1] + "(应为 :)" }),
	r(`invalid character (.+) after array element`, func(m []string) string { return "数组元素之后出现无效字符 " + m[1] }),
	r(`invalid character (.+) looking for beginning of value`, func(m []string) string { return "应为一个值,却是无效字符 " + m[1] }),
	r(`invalid character (.+) looking for beginning of object key string`, func(m []string) string { return "应为对象的键(字符串),却是无效字符 " + m[1] }),
	r(`invalid character (.+) in string literal`, func(m []string) string { return "字符串中有无效字符 " + m[1] }),
	r(`invalid character (.+)`, func(m []string) string { return "无效字符 " + m[1] }),
}

// syntaxZh says encoding/json's syntax messages in Chinese.
func syntaxZh(msg string) string {
	for _, rl := range syntaxRules {
		if m := rl.re.FindStringSubmatch(msg); m != nil {
			return rl.zh(m)
		}
	}
	return msg
}

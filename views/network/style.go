package network

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/figure"
)

// edgeStyle is how a relation type is stroked.
type edgeStyle struct {
	Color  drawing.Color
	Dash   []float64 // in slide pixels; nil for solid
	Zigzag bool      // rivalry
	Break  bool      // rupture: a cut across the middle
}

// edgeStyles give each relation type its own colour and dash, so that the
// types stay apart in greyscale print too. Hostile ties are red. The hues
// keep clear of the camps' (blue, vermillion, bluish green, reddish purple:
// a hue names a camp, docs/ARCHITECTURE.md § Colour); TestEdgeHuesAreNotCamps.
var edgeStyles = map[string]edgeStyle{
	data.Investment:  {Color: drawing.ColorFromHex("5E8C1A")},
	data.Compute:     {Color: drawing.ColorFromHex("4A3FD1")},
	data.ChipSupply:  {Color: drawing.ColorFromHex("A08300"), Dash: []float64{12, 6}},
	data.Exclusive:   {Color: drawing.ColorFromHex("9B30C0"), Dash: []float64{14, 4, 3, 4}},
	data.Partnership: {Color: drawing.ColorFromHex("6B7280"), Dash: []float64{7, 6}},
	data.BoardSeat:   {Color: drawing.ColorFromHex("7A6F63"), Dash: []float64{2, 5}},
	data.Rivalry:     {Color: drawing.ColorFromHex("E03131"), Zigzag: true},
	data.Rupture:     {Color: drawing.ColorFromHex("C92A2A"), Dash: []float64{9, 6}, Break: true},
}

// RelationColors are the colours relations are stroked in, one per known
// type, for palettes made before the picture is drawn (the replay GIF's).
func RelationColors() []color.Color {
	out := make([]color.Color, len(data.RelationTypes))
	for i, t := range data.RelationTypes {
		out[i] = styleOf(t).Color
	}
	return out
}

func styleOf(typ string) edgeStyle {
	if s, ok := edgeStyles[typ]; ok {
		return s
	}
	return edgeStyle{Color: drawing.ColorFromHex("868E96")}
}

// uncertain statuses are drawn lighter and their labels end in "?".
func uncertain(s data.Status) bool {
	return s == data.Rumoured || s == data.Claimed || s == data.Forecast
}

// words are the view's own texts.
var words = map[string]data.Text{
	"forecast":    {En: " (forecast)", Zh: "（预测）"},
	"camps":       {En: "Camps", Zh: "阵营"},
	"relations":   {En: "Relations", Zh: "关系"},
	"value":       {En: "Deal value", Zh: "交易金额"},
	"status":      {En: "Certainty", Zh: "确定性"},
	"sure":        {En: "Reported", Zh: "已报道"},
	"unsure":      {En: "Rumoured / claimed (?)", Zh: "传闻 / 声称（?）"},
	"arrow":       {En: "Arrow: money or compute flows", Zh: "箭头：资金或算力流向"},
	"nocamp":      {En: "No camp", Zh: "无阵营"},
	"size":        {En: "Size: total deal value", Zh: "大小：交易总额"},
	"sizedeg":     {En: "Size: number of deals", Zh: "大小：交易数量"},
	"title":       {En: "AI camps: who deals with whom", Zh: "AI 阵营：谁与谁交易"},
	"subtitle":    {En: "%d companies, %d relations · size by total deal value", Zh: "%d 家公司，%d 项关系 · 节点大小按交易总额"},
	"subtitledeg": {En: "%d companies, %d relations · size by number of deals", Zh: "%d 家公司，%d 项关系 · 节点大小按交易数量"},
	"asof":        {En: "As of %s", Zh: "截至 %s"},
	"source":      {En: "Source: %s", Zh: "来源：%s"},
	"empty":       {En: "No companies to show", Zh: "没有可显示的公司"},
	"layingout":   {En: "Laying out...", Zh: "正在布局…"},
	"search":      {En: "Find a company...", Zh: "查找公司…"},
	"export":      {En: "Export...", Zh: "导出…"},
	"reset":       {En: "Reset layout", Zh: "重置布局"},
	"hint":        {En: "Click a company or a deal to see its relations, dates and sources.", Zh: "点击公司或交易，查看关系、日期和来源"},
	"events":      {En: "Events", Zh: "事件"},
	"statements":  {En: "Statements", Zh: "言论"},
	"reported":    {En: "Made known: ", Zh: "披露于："},
	"legend":      {En: "Legend", Zh: "图例"},
	"bydeals":     {En: "Size by number of deals", Zh: "按交易数量定大小"},
	"deals":       {En: "%d deals", Zh: "%d 项交易"},
}

func word(key, lang string) string { return words[key].In(lang) }

// ValueLabel is the short figure of a relation: "$38B", "6 GW",
// "$300B · 4.5 GW", or "" when it has none. Uncertain ones end in "?".
func ValueLabel(r data.Relation, lang string) string {
	var parts []string
	if r.ValueUSD != nil && *r.ValueUSD > 0 {
		parts = append(parts, Money(*r.ValueUSD, lang))
	}
	for _, q := range r.Capacity {
		parts = append(parts, Quantity(q, lang))
	}
	s := strings.Join(parts, " · ")
	if s != "" && uncertain(r.Status) {
		s += "?"
	}
	return s
}

// Quantity is "6 GW", "500k GPU" or "50万 GPU".
func Quantity(q data.Quantity, lang string) string {
	a := q.Amount
	switch {
	case lang == "zh" && a >= 1e8:
		return figure.Number(a/1e8) + "亿 " + q.Unit
	case lang == "zh" && a >= 1e4:
		return figure.Number(a/1e4) + "万 " + q.Unit
	case lang != "zh" && a >= 1e6:
		return figure.Number(a/1e6) + "M " + q.Unit
	case lang != "zh" && a >= 1e4:
		return figure.Number(a/1e3) + "k " + q.Unit
	}
	return figure.Number(a) + " " + q.Unit
}

// Money formats dollars briefly: "$38B"; in Chinese "380亿美元".
func Money(v float64, lang string) string { return figure.Money(v, lang) }

func sprintf(key, lang string, a ...any) string { return fmt.Sprintf(word(key, lang), a...) }

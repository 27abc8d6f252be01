package data

// The data's own vocabulary in both languages: one wording for every view
// (the network and the charts once kept a table each, and said 算力合同 and
// 算力合约 for the same thing).
var (
	typeNames = map[string]Text{
		Investment:  {En: "Investment", Zh: "投资"},
		Compute:     {En: "Compute contract", Zh: "算力合同"},
		ChipSupply:  {En: "Chip supply", Zh: "芯片供应"},
		Exclusive:   {En: "Exclusive deployment", Zh: "独家部署"},
		Partnership: {En: "Partnership", Zh: "合作"},
		BoardSeat:   {En: "Board seat", Zh: "董事席位"},
		Rivalry:     {En: "Rivalry", Zh: "竞争"},
		Rupture:     {En: "Rupture", Zh: "决裂"},
	}
	statusNames = map[Status]Text{
		Reported: {En: "reported", Zh: "已报道"},
		Rumoured: {En: "rumoured", Zh: "传闻"},
		Claimed:  {En: "claimed", Zh: "声称"},
		Estimate: {En: "estimate", Zh: "估计"},
		Forecast: {En: "forecast", Zh: "预测"},
		Derived:  {En: "derived", Zh: "推算"},
	}
)

// TypeName is a relation type's name in lang; an unknown type is its own name.
func TypeName(typ, lang string) string {
	if t, ok := typeNames[typ]; ok {
		return t.In(lang)
	}
	return typ
}

// Name is the status's name in lang, in lower case (it follows a figure).
func (s Status) Name(lang string) string {
	if t, ok := statusNames[s]; ok {
		return t.In(lang)
	}
	return string(s)
}

package export

// Item is one exportable picture, a chart or a view, already resolved to a
// language and to the state it shows (filters, "as of" date). The CLI, the
// GUI's Export… and Export all… all go through Items.
type Item struct {
	Name     string // CLI name: "deal-values", "network", "timeline"
	Title    string
	Subtitle string
	Footer   string   // source line
	AsOf     string   // "As of 5 Nov 2025"; empty when the picture is not dated
	Lang     string   // the language the texts are in; empty leaves Options.Lang alone
	Draw     DrawFunc // a view's item reads Frame.Seen
	// Retext, when set, is the item under other export choices (o.Seen),
	// for the texts that change with them (the timeline's years).
	Retext func(Seen) Item
}

// Apply copies the item's frame texts (and language) into export options,
// as they read under the options' Seen.
func (it Item) Apply(o Options) Options {
	if it.Retext != nil {
		lang := it.Lang
		it = it.Retext(o.Seen)
		it.Lang = lang
	}
	o.Title, o.Subtitle, o.Footer, o.AsOf = it.Title, it.Subtitle, it.Footer, it.AsOf
	if it.Lang != "" {
		o.Lang = it.Lang
	}
	return o
}

// Package charts draws the charts a dataset declares (deal values, camp
// totals, bars, shares, donuts) into an export.Frame, with go-chart's
// renderer, for the screen and for slides alike.
package charts

import (
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// Items returns one export item per chart the dataset declares, in the
// data's order, named by chart id. A chart the data gets wrong still yields
// an item, whose Draw returns the error, so the list never silently shrinks.
func Items(ds *data.Dataset, lang string, asOf time.Time) []export.Item {
	if ds == nil {
		return nil
	}
	items := make([]export.Item, 0, len(ds.Charts))
	for _, c := range ds.Charts {
		s, err := build(ds, c, lang, asOf)
		it := export.Item{
			Name:     c.ID,
			Title:    c.Title.In(lang),
			Subtitle: c.Subtitle.In(lang),
			Footer:   footer(ds, s, lang),
			Lang:     lang,
		}
		if s.Dated && !asOf.IsZero() {
			it.AsOf = AsOfLabel(asOf, lang)
		}
		if err != nil {
			it.Draw = func(export.Frame) error { return err }
		} else {
			it.Draw = func(f export.Frame) error { return draw(f, s) }
		}
		items = append(items, it)
	}
	return items
}

// AsOfLabel is "As of 5 Nov 2025" or "截至 2025年11月5日".
func AsOfLabel(t time.Time, lang string) string {
	return word(lang, "asof") + data.Date{Value: t.Format("2006-01-02"), Precision: data.Day}.Label(lang)
}

// footer is the source line: "Source: <title>, <date> · rumoured / derived
// figures marked", naming only the statuses the chart shows.
func footer(ds *data.Dataset, s spec, lang string) string {
	var srcs []string
	for _, id := range s.Docs {
		for _, src := range ds.Sources {
			if src.ID == id {
				t := src.Title.In(lang)
				if src.Outlet != "" {
					t = src.Outlet + ", " + t
				}
				sep := ", "
				if lang == "zh" {
					sep = "，"
				}
				srcs = append(srcs, t+sep+src.Date.Label(lang))
			}
		}
	}
	if len(srcs) == 0 {
		for _, src := range ds.Sources {
			srcs = append(srcs, src.Title.In(lang))
		}
	}
	line := ""
	if len(srcs) > 0 {
		line = word(lang, "source") + strings.Join(srcs, "; ")
	}
	if len(s.Marked) > 0 {
		var ws []string
		for _, st := range s.Marked {
			ws = append(ws, st.Name(lang))
		}
		sep := " "
		if lang == "zh" {
			sep = ""
		}
		if line != "" {
			line += " · "
		}
		line += strings.Join(ws, word(lang, "or")) + sep + word(lang, "marked")
	}
	return line
}

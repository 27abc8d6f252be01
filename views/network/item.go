package network

import (
	"fmt"
	"strings"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// DefaultSeed is the layout seed used by exports and the widget, so that the
// CLI and the screen show the same picture.
const DefaultSeed = 1

// Item is the network as an exportable picture in lang, showing the
// relations in force at asOf (zero: all), laid out with the default seed.
func Item(ds *data.Dataset, lang string, asOf time.Time) export.Item {
	opt := LayoutOptions{Seed: DefaultSeed}
	return SceneItem(Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: lang, AsOf: asOf})
}

// SceneItem exports a scene as it is: same positions, filters, date and,
// as the export's choices (Frame.Seen) say, the selection's highlight and
// the Framing; else the whole network. The legend is always on.
func SceneItem(sc Scene) export.Item {
	sc = sc.forExport()
	lang := sc.Lang
	it := export.Item{Name: "network", Title: word("title", lang)}
	if sc.Data == nil {
		it.Draw = func(export.Frame) error { return nil }
		return it
	}
	nRel := len(sc.VisibleRelations())
	key := "subtitle"
	if sc.SizeBy == SizeByDegree {
		key = "subtitledeg"
	}
	it.Subtitle = sprintf(key, lang, sc.VisibleCompanies(), nRel)
	it.Footer = Footer(sc.Data, lang)
	if !sc.AsOf.IsZero() {
		d := data.Date{Value: sc.AsOf.Format("2006-01-02"), Precision: data.Day}
		it.AsOf = sprintf("asof", lang, d.Label(lang))
	}
	it.Draw = func(f export.Frame) error {
		s := sc.seen(f.Seen)
		if s.Framing != (r2.Box{}) {
			return export.Clipped(f, func(f export.Frame) error { return Draw(f, s) })
		}
		return Draw(f, s)
	}
	return it
}

// forExport is the scene for a slide: with its legend, without the
// pointer's hover, Zoom and Pan (screen pixels: Framing says it for any box).
func (sc Scene) forExport() Scene {
	sc.NoLegend, sc.Inset = false, 0
	sc.Zoom, sc.Pan.X, sc.Pan.Y = 1, 0, 0
	sc.Hover = ""
	sc.memo, sc.only, sc.dragged = nil, false, "" // drawn on another goroutine, in full
	return sc
}

// seen is the scene with what the export's choices drop dropped.
func (sc Scene) seen(s export.Seen) Scene {
	if !s.Highlight {
		sc.Selected, sc.SelectedRelation, sc.Highlight = "", "", nil
	}
	if !s.Framed {
		sc.Framing = r2.Box{}
	}
	return sc
}

// Footer is the source line: each source's title, outlet and date.
func Footer(ds *data.Dataset, lang string) string {
	var parts []string
	for _, s := range ds.Sources {
		comma := ", "
		if lang == "zh" {
			comma = "，"
		}
		p := s.Title.In(lang)
		if s.Outlet != "" {
			p += comma + s.Outlet
		}
		if s.Date.Value != "" {
			p += comma + s.Date.Label(lang)
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return ""
	}
	sep := "; "
	if lang == "zh" {
		sep = "；"
	}
	return fmt.Sprintf(word("source", lang), strings.Join(parts, sep))
}

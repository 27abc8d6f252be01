package timeline

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/views/export"
)

func seenSVG(t *testing.T, it export.Item, s export.Seen) string {
	t.Helper()
	o := export.Defaults()
	o.Format, o.Width, o.Height, o.Seen = export.SVG, 1280, 720, s
	return string(render(t, it, o))
}

// TestExportFollowsCompanyFilter: with the company filter on, the export
// holds that company's events only, fitted or framed.
func TestExportFollowsCompanyFilter(t *testing.T) {
	v, _ := newTestView(t)
	all := seenSVG(t, v.Current(), export.Seen{Highlight: true})
	v.setQuery(func(q *Query) { q.Company = "anthropic" })
	for _, s := range []export.Seen{{Highlight: true}, {Framed: true}} {
		svg := seenSVG(t, v.Current(), s)
		for _, e := range v.ds.Events {
			title := e.Title.In("en")
			in := strings.Contains(svg, title)
			switch {
			case hasParty(e, "anthropic") && !in:
				t.Errorf("%+v: %s is not in the filtered export", s, e.ID)
			case !hasParty(e, "anthropic") && in:
				t.Errorf("%+v: %s is in the filtered export", s, e.ID)
			case !strings.Contains(all, title):
				t.Errorf("%s is not in the unfiltered export either: the test proves nothing", e.ID)
			}
		}
	}
}

// TestExportFramedAndHighlight: zoomed in, the framed export shows the
// screen's range and the fitted one the whole story, as an unzoomed view's;
// a selection shows only with the highlight kept.
func TestExportFramedAndHighlight(t *testing.T) {
	v, _ := newTestView(t)
	keep := export.Seen{Highlight: true}
	plain := render(t, v.Current(), export.Defaults())
	fullTitle := v.Current().Apply(export.Defaults()).Title
	v.SetRange(time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	it := v.Current()
	framed, fitted := seenSVG(t, it, export.Seen{Highlight: true, Framed: true}), seenSVG(t, it, keep)
	if framed == fitted {
		t.Error("the framed export looks like the fitted one")
	}
	if strings.Contains(framed, "Altman") || !strings.Contains(fitted, "Altman") {
		t.Error("the framed export shows 2023, or the fitted one does not")
	}
	o := export.Defaults()
	if !bytes.Equal(render(t, it, o), plain) || it.Apply(o).Title != fullTitle {
		t.Error("fitted, the zoomed view's export differs from the unzoomed one's")
	}
	if o.Seen.Framed = true; it.Apply(o).Title == fullTitle {
		t.Errorf("framed, the title %q names the whole story's years", fullTitle)
	}

	v.Fit()
	v.SelectEvent("aws-deal")
	v.Highlight([]string{"anthropic"})
	it = v.Current()
	if seenSVG(t, it, keep) == seenSVG(t, ItemFor(Scene{Data: v.ds}, "en"), keep) {
		t.Error("the export with the highlight kept looks like the plain one")
	}
	if !bytes.Equal(render(t, it, export.Options{Format: export.PNG, Width: 1920, Height: 1080, Scale: 2, Theme: export.Light, Lang: "en"}), plain) {
		t.Error("the export without the highlight differs from the plain one")
	}
}

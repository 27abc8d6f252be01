package network

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
)

// Issue 17: a camp is highlighted by clicking its entry in the on-screen
// legend, as from the camp filter; a second click ends it. The place to
// click is where the legend drew the camp's name.
func TestLegendClickHighlightsCamp(t *testing.T) {
	v, w := newTestView(t)
	w.Resize(fyne.NewSize(1600, 900))
	if _, open := v.LegendShown(); !open {
		test.Tap(v.legend.title)
	}
	size := v.legend.taps.Size()
	if size.Width < 100 || size.Height < 100 {
		t.Fatalf("the legend's picture is %v", size)
	}
	// Draw the legend as the panel does (canvas scale 1 in the test driver).
	// Where drawLegend writes each text, in its frame's pixels.
	at := map[string]fyne.Position{}
	f := spyFrame(int(size.Width), int(size.Height), "en", func(s string, _, x, y float64) {
		if _, ok := at[s]; !ok {
			at[s] = fyne.NewPos(float32(x), float32(y))
		}
	})
	box := f.Box
	f.Scale, f.Theme = float64(size.Width)/legendWidth, v.theme
	drawLegend(f, &v.sc, newTextMemo(), box)
	camps, types, _, _ := legendContent(&v.sc)
	if len(camps) < 2 {
		t.Fatalf("%d camps in the legend", len(camps))
	}
	lines := layLegend(f, &v.sc, box).campLines
	for i := len(camps) - 1; i >= 0; i-- { // the last first: no luck from the first row
		at, ok := at[lines[i][0]]
		if !ok {
			t.Fatalf("the legend drew no %q", lines[i][0])
		}
		test.TapAt(v.legend.taps, at.SubtractXY(0, 5))
		if got := v.LitCamp(); got != camps[i].ID {
			t.Errorf("a click on %q lights %q, want %q", lines[i][0], got, camps[i].ID)
		}
	}
	test.TapAt(v.legend.taps, at[lines[0][0]].SubtractXY(0, 5)) // the lit one again
	if got := v.LitCamp(); got != "" {
		t.Errorf("a second click leaves %q lit", got)
	}
	// A relation type's row lights nothing.
	test.TapAt(v.legend.taps, at[data.TypeName(types[0], "en")].SubtractXY(0, 5))
	if got := v.LitCamp(); got != "" {
		t.Errorf("a click on a relation type lights %q", got)
	}
}

// Issue 17: the legend folded to its title covers no company and no label:
// the network keeps clear of the title, as of the open legend.
func TestFoldedLegendKeepsNetworkClear(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1280, Height: 800}} {
		v, w := newTestView(t)
		w.Resize(size)
		if _, open := v.LegendShown(); open {
			test.Tap(v.legend.title)
		}
		d := fyne.CurrentApp().Driver()
		left := d.AbsolutePositionForObject(v.legend.body).X - d.AbsolutePositionForObject(v.canvas).X
		if bw := v.legend.body.Size().Width; bw > v.legend.title.MinSize().Width+1 {
			t.Errorf("%v: the folded legend is %.0f wide, its title %.0f", size, bw, v.legend.title.MinSize().Width)
		}
		cs := v.canvas.Size()
		g := v.sc.frameGeom(chart.NewBox(0, 0, int(cs.Width), int(cs.Height)), 1)
		if float32(g.area.Right) > left {
			t.Errorf("%v: the network reaches x=%d, the folded legend starts at %.0f", size, g.area.Right, left)
		}
		for _, c := range v.sc.Data.Companies {
			if p, ok := v.nodePos(c.ID); ok && p.X > left {
				t.Errorf("%v: %s at %v is under the folded legend (from x=%.0f)", size, c.ID, p, left)
			}
		}
	}
}

package network

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// findCheck is the toolbar's check box labelled text.
func findCheck(t *testing.T, o fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	var found *widget.Check
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Check:
			if x.Text == text {
				found = x
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no check box %q", text)
	}
	return found
}

// changedIn is the fraction of pixels in r that differ between a and b.
func changedIn(a, b image.Image, r image.Rectangle) float64 {
	n, total := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			total++
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				n++
			}
		}
	}
	return float64(n) / float64(max(total, 1))
}

// TestLegendCheckboxActs: at the smallest window the Legend check box shows
// and hides a legend that fits the canvas, and its title folds it.
func TestLegendCheckboxActs(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 760}, {Width: 1920, Height: 1040}} {
		v, w := newTestView(t)
		w.Resize(size)
		check := findCheck(t, v, "Legend")
		if !check.Checked {
			t.Fatalf("%v: the legend is off at start", size)
		}
		// On a narrow canvas it starts folded to its title, and opens.
		narrow := v.canvas.Size().Width < 3*panelWidth
		if _, open := v.LegendShown(); open == narrow {
			t.Errorf("%v: canvas %.0f wide, legend open %v", size, v.canvas.Size().Width, open)
		}
		if narrow {
			test.Tap(v.legend.title)
		}
		on := w.Canvas().Capture()
		d := fyne.CurrentApp().Driver()
		pos, psize := d.AbsolutePositionForObject(v.legend.body), v.legend.body.Size()
		cpos, csize := d.AbsolutePositionForObject(v.canvas), v.canvas.Size()
		if pos.X < cpos.X || pos.Y < cpos.Y || pos.X+psize.Width > cpos.X+csize.Width+0.5 || pos.Y+psize.Height > cpos.Y+csize.Height+0.5 {
			t.Errorf("%v: the legend at %v %v is not inside the canvas at %v %v", size, pos, psize, cpos, csize)
		}
		if psize.Height < 300 {
			t.Errorf("%v: the open legend is only %.0f high", size, psize.Height)
		}
		area := image.Rect(int(pos.X), int(pos.Y), int(pos.X+psize.Width), int(pos.Y+psize.Height))
		test.Tap(check)
		off := w.Canvas().Capture()
		if f := changedIn(on, off, area); f < 0.2 {
			t.Errorf("%v: unticking Legend changed %.3f of the legend's area", size, f)
		}
		if shown, _ := v.LegendShown(); shown {
			t.Errorf("%v: the legend is still shown", size)
		}
		test.Tap(check)
		test.Tap(v.legend.title)
		if _, open := v.LegendShown(); open || v.legend.body.Size().Height > v.legend.title.MinSize().Height+1 {
			t.Errorf("%v: folded legend: open %v, %.0f high", size, open, v.legend.body.Size().Height)
		}
		test.Tap(v.legend.title)
	}
}

// TestLegendFollowsFilters: the legend, on screen and in exports, lists only
// the camps and relation types the filters show; the export's subtitle
// counts the companies shown.
func TestLegendFollowsFilters(t *testing.T) {
	ds := fixture(t)
	pos := Layout(ds, LayoutOptions{Seed: DefaultSeed})
	sc := Scene{Data: ds, Pos: pos, Lang: "en", HiddenCamps: map[string]bool{}, HiddenTypes: map[string]bool{}}
	camps, types, _, _ := legendContent(&sc)
	all := SceneItem(sc).Subtitle
	hiddenCamp := ds.Camps[0].ID
	sc.HiddenCamps[hiddenCamp] = true
	sc.HiddenTypes[types[0]] = true
	camps2, types2, _, _ := legendContent(&sc)
	if len(camps2) != len(camps)-1 || len(types2) != len(types)-1 {
		t.Errorf("with a camp and a type hidden the legend lists %d camps and %d types, want %d and %d", len(camps2), len(types2), len(camps)-1, len(types)-1)
	}
	for _, c := range camps2 {
		if c.ID == hiddenCamp {
			t.Errorf("the legend lists the hidden camp %s", c.ID)
		}
	}
	n := sc.VisibleCompanies()
	if n >= len(pos) {
		t.Fatalf("hiding camp %s leaves %d of %d companies", hiddenCamp, n, len(pos))
	}
	if sub := SceneItem(sc).Subtitle; sub == all || !strings.HasPrefix(sub, fmt.Sprintf("%d ", n)) {
		t.Errorf("subtitle %q with %d companies shown (all: %q)", sub, n, all)
	}
}

// TestOpenLegendCoversNoCompany: the network keeps clear of the open
// legend, and takes most of the room back when it folds.
func TestOpenLegendCoversNoCompany(t *testing.T) {
	v, w := newTestView(t)
	w.Resize(fyne.NewSize(1280, 800))
	if _, open := v.LegendShown(); !open {
		test.Tap(v.legend.title)
	}
	left := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.legend.body).X -
		fyne.CurrentApp().Driver().AbsolutePositionForObject(v.canvas).X
	for _, c := range v.sc.Data.Companies {
		if p, ok := v.nodePos(c.ID); ok && p.X > left {
			t.Errorf("%s at %v is under the legend (from x=%.0f)", c.ID, p, left)
		}
	}
	test.Tap(v.legend.title)
	if v.sc.Inset >= panelWidth {
		t.Errorf("the folded legend still keeps %.0f free", v.sc.Inset)
	}
	if v.Current().Draw == nil || SceneItem(v.sc).Title == "" {
		t.Fatal("no export")
	}
}

// TestLegendBreaksBetweenNames: a camp's name wraps between names, never
// inside one (甲骨文 stayed split across two lines, finding 9).
func TestLegendBreaksBetweenNames(t *testing.T) {
	f := export.Frame{Scale: 1}
	name := "第三极:谷歌 + 甲骨文 + 英特尔（预测）"
	for _, width := range []int{120, 160, 200, 260} {
		lines := wrapWords(f, name, 15, width, 3)
		if strings.Join(lines, " ") != name {
			t.Errorf("width %d: %q does not join back to the name", width, lines)
		}
	}
}

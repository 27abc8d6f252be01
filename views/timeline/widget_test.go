package timeline

import (
	"bytes"
	"image"
	"math"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func newTestView(t *testing.T) (*View, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := NewView(fixture(t), "en")
	settleByHand(v)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1400, 800))
	return v, w
}

// screenPos is where event id's mark is, in the area's Fyne coordinates.
func screenPos(t *testing.T, v *View, id string) fyne.Position {
	t.Helper()
	L, px := v.layout()
	p := find(t, L, id)
	return fyne.NewPos(float32((p.X0+p.X1)/2/px), float32(p.Y/px))
}

func TestWidgetAsOf(t *testing.T) {
	v, _ := newTestView(t)
	if it := v.Current(); it.AsOf != "" || it.Name != "timeline" {
		t.Fatalf("before: %+v", it)
	}
	v.SetAsOf(day("2025-11-04"))
	if got := v.Current().AsOf; got != "As of 4 Nov 2025" {
		t.Errorf("AsOf = %q", got)
	}
	L1, _ := v.layout()
	v.SetAsOf(day("2024-06-30"))
	L2, _ := v.layout()
	if !L1.HasAsOf || !L2.HasAsOf || L2.AsOfX >= L1.AsOfX {
		t.Errorf("cursor did not move back: %.1f → %.1f", L1.AsOfX, L2.AsOfX)
	}
	if !find(t, L2, "data-control").Future || find(t, L1, "data-control").Future {
		t.Error("greying did not follow the cursor")
	}
	v.SetLang("zh")
	if got := v.Current().AsOf; got != "截至 2024年6月30日" {
		t.Errorf("zh AsOf = %q", got)
	}
}

func TestWidgetClickOpensCard(t *testing.T) {
	v, _ := newTestView(t)
	var fired []string
	v.OnSelectEvent = func(id string) { fired = append(fired, id) }
	test.TapAt(v.area, screenPos(t, v, "msft-anthropic"))
	if len(fired) != 1 || fired[0] != "msft-anthropic" {
		t.Fatalf("OnSelectEvent got %v", fired)
	}
	if v.Scene().Selected != "msft-anthropic" || !v.card.Visible() {
		t.Fatal("card not open")
	}
	var text []string
	for _, o := range v.cardBox.Objects {
		text = append(text, o.(*widget.Label).Text)
	}
	card := strings.Join(text, "\n")
	for _, want := range []string{"Microsoft puts $10bn into Anthropic", "5 Nov 2025", "Parties: Microsoft, Anthropic",
		"Microsoft invests in Anthropic — $10B (rumoured)", "Status: rumoured", "Source: Camps ¶4"} {
		if !strings.Contains(card, want) {
			t.Errorf("card lacks %q:\n%s", want, card)
		}
	}
	// A click on empty space clears the selection and says so.
	test.TapAt(v.area, fyne.NewPos(2, 2))
	if len(fired) != 2 || fired[1] != "" || v.card.Visible() {
		t.Errorf("clearing: fired %v, card visible %v", fired, v.card.Visible())
	}
	// SelectEvent from the app opens the card without echoing.
	v.SelectEvent("aws-deal")
	if len(fired) != 2 || !v.card.Visible() {
		t.Error("SelectEvent echoed or did not open the card")
	}
}

func TestWidgetSearchFilters(t *testing.T) {
	v, _ := newTestView(t)
	test.Type(v.search, "anthropic")
	L, _ := v.layout()
	if L.ShownEvents != 1 || L.Items[0].Event.ID != "msft-anthropic" {
		t.Errorf("search shows %d events", L.ShownEvents)
	}
	if !strings.Contains(v.Current().Subtitle, "“anthropic”") {
		t.Errorf("subtitle does not say it is filtered: %q", v.Current().Subtitle)
	}
	v.search.SetText("")
	v.typ.SetSelectedIndex(len(v.typeIDs) - 1) // the last type present: forecast
	L, _ = v.layout()
	if L.ShownEvents != 3 {
		t.Errorf("type filter shows %d events, want 3", L.ShownEvents)
	}
}

func TestWidgetZoomPanFit(t *testing.T) {
	v, w := newTestView(t)
	full, _ := v.layout()
	span := full.RangeTo.Sub(full.RangeFrom)
	v.zoomIn.OnTapped()
	L, _ := v.layout()
	if got := L.RangeTo.Sub(L.RangeFrom); got > span*51/100 || got < span*49/100 {
		t.Errorf("+ made the span %s, want half of %s", got, span)
	}
	from := L.RangeFrom
	test.Drag(w.Canvas(), fyne.NewPos(700, 400), 100, 0)
	L, _ = v.layout()
	if !L.RangeFrom.Before(from) {
		t.Errorf("dragging right did not move back in time: %s → %s", from, L.RangeFrom)
	}
	test.Scroll(w.Canvas(), fyne.NewPos(700, 400), 0, 30)
	L2, _ := v.layout()
	if L2.RangeTo.Sub(L2.RangeFrom) >= L.RangeTo.Sub(L.RangeFrom) {
		t.Error("scrolling up did not zoom in")
	}
	v.Fit()
	L, _ = v.layout()
	if !L.RangeFrom.Equal(full.RangeFrom) || !L.RangeTo.Equal(full.RangeTo) {
		t.Error("Fit did not restore the full range")
	}
	if v.Current().Title != ItemFor(Scene{Data: v.ds}, "en").Title {
		t.Error("title changed by zooming back")
	}
}

func TestWidgetLanesSwitchAndHighlight(t *testing.T) {
	v, _ := newTestView(t)
	v.lanes.SetSelected("By company")
	if v.Scene().Mode != ByCompany || !strings.Contains(v.Current().Subtitle, "by company") {
		t.Errorf("mode %q, subtitle %q", v.Scene().Mode, v.Current().Subtitle)
	}
	v.Highlight([]string{"anthropic"})
	L, _ := v.layout()
	if p := find(t, L, "msft-anthropic"); !p.Lit {
		t.Error("anthropic's event not lit")
	}
	if p := find(t, L, "aws-deal"); !p.Dim {
		t.Error("other events not dimmed")
	}
}

func TestWidgetHover(t *testing.T) {
	v, w := newTestView(t)
	pos := screenPos(t, v, "data-control")
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.area)
	test.MoveMouse(w.Canvas(), abs.Add(pos))
	if !v.tip.Visible() || !strings.Contains(v.tipText.Text, "Fight over data control\nApr 2025") {
		t.Errorf("tooltip %v %q", v.tip.Visible(), v.tipText.Text)
	}
	test.MoveMouse(w.Canvas(), abs.Add(fyne.NewPos(2, 2)))
	if v.tip.Visible() {
		t.Error("tooltip stays over empty space")
	}
}

// The card writes money as charts and network do (figure.Money): "$10B",
// "100亿美元".
func TestCardMoney(t *testing.T) {
	ds := fixture(t)
	var e *data.Event
	for i := range ds.Events {
		if ds.Events[i].ID == "msft-anthropic" {
			e = &ds.Events[i]
		}
	}
	if e == nil {
		t.Fatal("fixture lacks msft-anthropic")
	}
	for lang, want := range map[string]string{"en": " — $10B", "zh": " — 100亿美元"} {
		got := CardDetails(ds, e, lang)
		if !strings.Contains(got, want) || strings.Contains(got, "US$") || strings.Contains(got, " 亿") {
			t.Errorf("%s card: %q, want %q", lang, got, want)
		}
	}
}

// While a drag is under way the last picture moves with the pointer (no new
// drawing); hit-testing follows the new range at once; once the view rests
// the picture is drawn afresh, as a full drawing of the new range.
func TestWidgetPanMovesPictureThenRedraws(t *testing.T) {
	v, w := newTestView(t)
	sz := v.area.Size()
	W, H := int(sz.Width), int(sz.Height)
	before := v.draw(W, H).(*image.RGBA)
	s := v.baseL.Scale
	test.Drag(w.Canvas(), fyne.NewPos(700, 400), 100, 0)
	moved := v.draw(W, H).(*image.RGBA)
	if v.baseL.Scale != s {
		t.Fatal("a drag step drew the picture afresh")
	}
	// Lane names stay; the plot moves 100 px right, bringing in background.
	x0, x1 := int(math.Ceil(s.X0)), int(math.Floor(s.X1))
	same := func(a *image.RGBA, ax int, b *image.RGBA, bx int) bool {
		for y := 0; y < H; y++ {
			if a.RGBAAt(ax, y) != b.RGBAAt(bx, y) {
				return false
			}
		}
		return true
	}
	for x := 0; x < x0; x++ {
		if !same(moved, x, before, x) {
			t.Fatalf("column %d, left of the plot, changed", x)
		}
	}
	off := 0
	for x := x0 + 100; x < x1; x++ {
		if !same(moved, x, before, x-100) {
			off++
		}
	}
	if off > (x1-x0)/50 {
		t.Errorf("%d of %d plot columns are not the old ones moved 100 px", off, x1-x0-100)
	}
	bg := v.theme.Background
	if c := moved.RGBAAt(x0+50, H/2); c.R != bg.R || c.G != bg.G || c.B != bg.B {
		t.Errorf("uncovered plot shows %v, want the background", c)
	}

	// Pointing finds what is under the pointer now, not in the old picture.
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.area)
	test.MoveMouse(w.Canvas(), abs.Add(screenPos(t, v, "aws-deal")))
	if !v.tip.Visible() || !strings.HasPrefix(v.tipText.Text, "OpenAI and AWS") {
		t.Errorf("after a drag, the tooltip at aws-deal says %q", v.tipText.Text)
	}
	if L, _ := v.layout(); !L.RangeFrom.Equal(v.Scene().From) {
		t.Error("hit-testing uses the range before the drag")
	}

	// At rest: a full drawing of the scene as it is now.
	v.pic.Settle()
	settled := v.draw(W, H).(*image.RGBA)
	want, err := export.Image(W, H, screenScale, v.theme, v.lang, func(f export.Frame) error {
		f.Box = inset(f.Box, int(f.Px(12)))
		return Draw(f, v.Scene())
	})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(settled.Pix, want.Pix) {
		t.Error("the picture at rest is not a full drawing of the new range")
	}
}

// A zoom step stretches the last picture about the zoom's anchor: the
// column under it stays, its neighbours move outwards.
func TestWidgetZoomStretchesPicture(t *testing.T) {
	v, _ := newTestView(t)
	sz := v.area.Size()
	W, H := int(sz.Width), int(sz.Height)
	before := v.draw(W, H).(*image.RGBA)
	s := v.baseL.Scale
	v.zoomIn.OnTapped() // twice as close, about the middle
	moved := v.draw(W, H).(*image.RGBA)
	if v.baseL.Scale != s {
		t.Fatal("a zoom step drew the picture afresh")
	}
	mid := int((s.X0 + s.X1) / 2)
	for _, c := range []struct{ at, from int }{{mid, mid}, {mid + 200, mid + 100}, {mid - 200, mid - 100}} {
		for y := 0; y < H; y += 7 {
			if moved.RGBAAt(c.at, y) != before.RGBAAt(c.from, y) {
				t.Errorf("column %d does not show old column %d (row %d)", c.at, c.from, y)
				break
			}
		}
	}
}

// Fyne asks the raster for zero or negative sizes while a window shrinks
// (the soak test found a panic at -12 px): the view draws nothing and lives.
func TestWidgetDrawsNoRoom(t *testing.T) {
	v, _ := newTestView(t)
	for _, sz := range [][2]int{{-12, 1283}, {0, 0}, {1283, -5}, {1, 1}} {
		img := v.draw(sz[0], sz[1])
		if img == nil {
			t.Errorf("draw(%d, %d) = nil", sz[0], sz[1])
		}
	}
	if img := v.draw(400, 300); img.Bounds().Dx() != 400 {
		t.Errorf("after tiny sizes, draw(400, 300) is %v", img.Bounds())
	}
}

// The tooltip stays inside the picture: below and right of the pointer,
// above or left of it near the picture's bottom or right edge.
func TestTipPos(t *testing.T) {
	area, size := fyne.NewSize(800, 600), fyne.NewSize(200, 40)
	for _, tc := range []struct{ pos, want fyne.Position }{
		{fyne.NewPos(100, 100), fyne.NewPos(114, 114)},
		{fyne.NewPos(700, 100), fyne.NewPos(486, 114)},
		{fyne.NewPos(100, 580), fyne.NewPos(114, 526)},
		{fyne.NewPos(700, 580), fyne.NewPos(486, 526)},
		{fyne.NewPos(5, 5), fyne.NewPos(19, 19)},
	} {
		if got := tipPos(tc.pos, size, area); got != tc.want {
			t.Errorf("pointer at %v: tooltip at %v, want %v", tc.pos, got, tc.want)
		}
	}
}

// The tooltip shows in a real window too: a hidden object is not known to
// the window's canvas until a repaint walks to it, so its own Refresh on
// showing did nothing and the tooltip stayed unseen until something else
// (opening a card) repainted the view. It lives in a layer that is always
// shown and is refreshed with it.
func TestWidgetTipLayerReachesWindow(t *testing.T) {
	v, w := newTestView(t)
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(v.tipLayer) != w.Canvas() || !v.tipLayer.Visible() {
		t.Fatal("the tooltip's layer is not in the window")
	}
	if !slices.Contains(v.tipLayer.Objects, fyne.CanvasObject(v.tip)) {
		t.Fatal("the tooltip is not in its layer")
	}
	abs := d.AbsolutePositionForObject(v.area)
	test.MoveMouse(w.Canvas(), abs.Add(screenPos(t, v, "data-control")))
	if !v.tip.Visible() || d.CanvasForObject(v.tipLayer) != w.Canvas() {
		t.Error("hovering an event did not show the tooltip in its layer")
	}
}

package network

import (
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func newTestView(t *testing.T) (*View, fyne.Window) {
	t.Helper()
	v := newView(fixture(t), "en", onTestThread)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1280, 800))
	waitLayout(t, v)
	if v.sc.Pos == nil {
		t.Fatal("no positions after layout")
	}
	w.Canvas().Capture() // draws once, as the screen would
	return v, w
}

// uiQueue carries work from the layout goroutine to the test goroutine,
// which plays the part of the UI thread.
var uiQueue = make(chan func(), 8)

func onTestThread(f func()) { uiQueue <- f }

func waitLayout(t *testing.T, v *View) {
	t.Helper()
	select {
	case f := <-uiQueue:
		f()
		<-v.ready
	case <-time.After(20 * time.Second):
		t.Fatal("layout never arrived")
	}
}

// detailText is every text in the detail panel, one per line.
func detailText(v *View) string {
	var b strings.Builder
	for _, o := range v.detail.Objects {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			b.WriteString(x.Text + "\n")
		}
	}
	return b.String()
}

func TestViewTapNodeShowsDetail(t *testing.T) {
	v, _ := newTestView(t)
	var picked string
	v.OnSelectCompany = func(id string) { picked = id }
	pos, ok := v.nodePos("amazon")
	if !ok {
		t.Fatal("amazon not drawn")
	}
	test.TapAt(v.canvas, pos)
	if picked != "amazon" || v.sc.Selected != "amazon" {
		t.Fatalf("tap selected %q (callback %q), want amazon", v.sc.Selected, picked)
	}
	got := detailText(v)
	for _, want := range []string{
		"Amazon (AWS)",
		"Compute contract · OpenAI · $38B", // openai-aws
		"Investment · Anthropic · $8B",     // amazon-anthropic
		"Silicon Valley has only interests §Section 2 ¶1",
		"Compute expansion alliance",
		"OpenAI–AWS deal", // its event
	} {
		if !strings.Contains(got, want) {
			t.Errorf("detail panel lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Oracle") {
		t.Errorf("detail panel lists a relation Amazon is not in:\n%s", got)
	}
	// Clicking a relation in the panel selects it.
	for _, o := range v.detail.Objects {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Investment · Anthropic") {
			test.Tap(b)
		}
	}
	if v.sc.SelectedRelation != "amazon-anthropic" {
		t.Errorf("panel click selected relation %q", v.sc.SelectedRelation)
	}
	if !strings.Contains(detailText(v), "Amazon invests $8B") {
		t.Errorf("relation detail:\n%s", detailText(v))
	}
	// Tapping the empty corner clears the selection.
	test.TapAt(v.canvas, fyne.NewPos(2, 2))
	if v.sc.Selected != "" || v.sc.SelectedRelation != "" {
		t.Errorf("selection kept after tapping empty space")
	}
}

func TestViewFilterHidesEdges(t *testing.T) {
	v, w := newTestView(t)
	count := func(typ string) int {
		n := 0
		for _, r := range v.sc.VisibleRelations() {
			if r.Type == typ {
				n++
			}
		}
		return n
	}
	if count("investment") == 0 {
		t.Fatal("fixture has no investments")
	}
	before := v.version
	test.Tap(v.typeCheck["investment"])
	if count("investment") != 0 {
		t.Error("investments still shown after unchecking them")
	}
	if v.version == before {
		t.Error("filter did not redraw")
	}
	w.Canvas().Capture()
	// No drawn edge is an investment.
	g := v.sc.build(v.pixelBox(), float64(v.px))
	for _, e := range g.edges {
		if e.rel.Type == "investment" {
			t.Errorf("%s drawn", e.rel.ID)
		}
	}
	test.Tap(v.campCheck["google-camp"])
	if _, ok := v.nodePos("google"); ok {
		t.Error("google drawn with its camp unchecked")
	}
	test.Tap(v.typeCheck["investment"])
	if count("investment") == 0 {
		t.Error("investments not back after checking them")
	}
}

func TestViewSearchCentres(t *testing.T) {
	v, _ := newTestView(t)
	test.Type(v.search, "anthro")
	v.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if v.sc.Selected != "anthropic" {
		t.Fatalf("search selected %q", v.sc.Selected)
	}
	pos, _ := v.nodePos("anthropic")
	size := v.canvas.Size()
	size.Width -= float32(v.sc.Inset) // the centre of what the open legend leaves free
	if math.Abs(float64(pos.X-size.Width/2)) > 2 || math.Abs(float64(pos.Y-size.Height/2)) > 2 {
		t.Errorf("anthropic at %v, canvas centre %v", pos, fyne.NewPos(size.Width/2, size.Height/2))
	}
	if v.Find("no such company") {
		t.Error("found a company that is not there")
	}
	// Chinese names are searched too.
	if !v.Find("甲骨文") || v.sc.Selected != "oracle" {
		t.Errorf("Chinese search selected %q", v.sc.Selected)
	}
}

func TestViewAsOfAndCurrent(t *testing.T) {
	v, _ := newTestView(t)
	before := clonePos(v.sc.Pos)
	v.SetAsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	for id, p := range before {
		if v.sc.Pos[id] != p {
			t.Fatalf("%s moved when the date changed", id)
		}
	}
	it := v.Current()
	if it.Name != "network" || it.AsOf == "" || !strings.Contains(it.Subtitle, "companies") {
		t.Errorf("current item %+v", it)
	}
	v.Highlight([]string{"openai"}, []string{"ms-openai-inv"})
	if !v.sc.Highlight["openai"] || !v.sc.Highlight["ms-openai-inv"] {
		t.Error("highlight not kept")
	}
	v.SetSizeBy(SizeByDegree)
	waitLayout(t, v)
	if it := v.Current(); !strings.Contains(it.Subtitle, "number of deals") {
		t.Errorf("sized by degree, subtitle %q", it.Subtitle)
	}
	v.SetLang("zh")
	if v.typeCheck["investment"].Text != "投资" {
		t.Errorf("filter label %q after SetLang(zh)", v.typeCheck["investment"].Text)
	}
}

func TestViewDragPinsAndPans(t *testing.T) {
	v, _ := newTestView(t)
	pos, _ := v.nodePos("meta")
	// As the desktop driver does: Position is where the pointer is now,
	// Dragged the step since the last event.
	v.canvas.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos.AddXY(20, 15)}, Dragged: fyne.NewDelta(20, 15)})
	v.canvas.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos.AddXY(40, 30)}, Dragged: fyne.NewDelta(20, 15)})
	v.canvas.DragEnd()
	if _, ok := v.pinned["meta"]; !ok {
		t.Fatal("dragging meta did not pin it")
	}
	after, _ := v.nodePos("meta")
	if math.Abs(float64(after.X-pos.X-40)) > 2 || math.Abs(float64(after.Y-pos.Y-30)) > 2 {
		t.Errorf("meta moved from %v to %v, want +40,+30", pos, after)
	}
	v.ResetLayout()
	waitLayout(t, v)
	if len(v.pinned) != 0 {
		t.Error("reset kept pins")
	}
	// Dragging the background pans.
	v.canvas.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Dragged: fyne.NewDelta(10, 0)})
	v.canvas.DragEnd()
	if math.Abs(v.sc.Pan.X-10*float64(v.px)) > 1e-6 || v.sc.Pan.Y != 0 {
		t.Errorf("pan %v after dragging the background by 10", v.sc.Pan)
	}
}

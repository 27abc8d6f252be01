package timeline

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
)

type placement struct {
	lane, row int
	x0, x1    float64
}

func placements(v *View) map[string]placement {
	L, _ := v.layout()
	m := map[string]placement{}
	for _, p := range L.Items {
		m[p.Event.ID] = placement{p.Lane, p.Row, p.X0, p.X1}
	}
	return m
}

// TestRowsStayWhenAnEventIsClicked: clicking an event opens its card and
// leaves every event in its lane, row and place (finding 11).
func TestRowsStayWhenAnEventIsClicked(t *testing.T) {
	test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []fyne.Size{{Width: 1024, Height: 560}, {Width: 1280, Height: 660}} {
		v := NewView(ds, "en")
		settleByHand(v)
		w := test.NewTempWindow(t, v)
		w.Resize(size)
		before := placements(v)
		id := ds.Events[len(ds.Events)/2].ID
		test.TapAt(v.area, screenPos(t, v, id))
		if !v.card.Visible() || v.Scene().Selected != id {
			t.Fatalf("%v: clicking %s: card %v, selected %q", size, id, v.card.Visible(), v.Scene().Selected)
		}
		after := placements(v)
		for k, p := range before {
			if after[k] != p {
				t.Errorf("%v: %s moved from %+v to %+v when %s was clicked", size, k, p, after[k], id)
			}
		}
	}
}

// TestCompanyFilterPutsEventsInItsLane: filtered by Microsoft, every event
// shown is in Microsoft's camp's lane, or Microsoft's own by company.
func TestCompanyFilterPutsEventsInItsLane(t *testing.T) {
	test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	camp := campOf(ds)["microsoft"]
	if camp == nil {
		t.Fatal("microsoft is in no camp in the bundled data")
	}
	for _, mode := range []Mode{ByCamp, ByCompany} {
		v := NewView(ds, "en")
		settleByHand(v)
		w := test.NewTempWindow(t, v)
		w.Resize(fyne.NewSize(1280, 660))
		v.SetMode(mode)
		v.setQuery(func(q *Query) { q.Company = "microsoft" })
		L, _ := v.layout()
		want := camp.ID
		if mode == ByCompany {
			want = "microsoft"
		}
		if len(L.Items) == 0 {
			t.Fatalf("%s: no Microsoft events", mode)
		}
		for _, p := range L.Items {
			if p.Event.Date.IsUndated() || IsStatement(p.Event) {
				continue // the undated strip and the statements' lane hold these in every filter
			}
			if got := L.Lanes[p.Lane].Lane.ID; got != want {
				t.Errorf("%s: %s (parties %v) is in lane %s, want %s", mode, p.Event.ID, p.Event.Parties, got, want)
			}
		}
	}
}

// TestTooltipNotOverTheCard: the pointer over the open card shows no
// tooltip for the events under it, and a click there selects none (12).
func TestTooltipNotOverTheCard(t *testing.T) {
	test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	v := NewView(ds, "en")
	settleByHand(v)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1280, 660))
	first := ds.Events[0].ID
	v.SelectEvent(first)
	// Every point of the card's column, over events or not.
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(v.card)
	for y := float32(60); y < v.card.Size().Height-20; y += 37 {
		p := at.Add(fyne.NewPos(v.card.Size().Width/2, y))
		test.MoveMouse(w.Canvas(), p)
		if v.tip.Visible() {
			t.Fatalf("a tooltip shows with the pointer over the card at %v", p)
		}
		test.TapCanvas(w.Canvas(), p)
		if got := v.Scene().Selected; got != first {
			t.Fatalf("a click on the card at %v selected %q", p, got)
		}
	}
}

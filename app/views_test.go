package app

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// realViews builds the real three views on s; the network's background
// layout is handed back through a queue that settle drains here.
func realViews(t *testing.T, s *State) (v *views, nw *network.View, tl *timeline.View, ch *charts.Tab, settle func()) {
	t.Helper()
	test.NewTempApp(t)
	build, settle := queuedViews(t)
	v = build(s, func() export.Theme { return export.Light })
	settle()
	return v, v.network.(*network.View), v.timeline.(*timeline.View), v.charts.(*charts.Tab), settle
}

// queuedViews builds the real views for newTestUI, the network's finished
// layout handed back through a queue that settle runs on the test's
// goroutine: with newViews, Fyne's test driver runs fyne.Do in place, on
// the layout's goroutine, racing the test (go test -race).
func queuedViews(t *testing.T) (build func(*State, func() export.Theme) *views, settle func()) {
	t.Helper()
	queue := make(chan func(), 8)
	build = func(s *State, theme func() export.Theme) *views {
		return buildViews(s, theme, func(ds *data.Dataset, lang string) *network.View {
			return network.NewViewOn(ds, lang, func(f func()) { queue <- f })
		})
	}
	settle = func() {
		t.Helper()
		select {
		case f := <-queue:
			f()
		case <-time.After(30 * time.Second):
			t.Fatal("the network layout never arrived")
		}
	}
	return build, settle
}

// picture draws an export item small, as the pixels a user would see.
func picture(t *testing.T, it export.Item) []byte {
	t.Helper()
	img, err := export.Image(480, 270, 1, export.Light, "en", it.Draw)
	if err != nil {
		t.Fatal(err)
	}
	return img.Pix
}

func differs(a, b []byte) bool { return !bytes.Equal(a, b) }

func TestViewsFollowTheSharedDate(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	s := &State{Lang: "en", Data: ds}
	_, nw, tl, ch, _ := realViews(t, s)
	netAll, tlAll := picture(t, nw.Current()), picture(t, tl.Current())

	day := time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)
	s.SetAsOf(day)
	if got := nw.Current().AsOf; !strings.Contains(got, "30 Jun 2024") {
		t.Errorf("network as-of label %q, want 30 Jun 2024", got)
	}
	if !tl.Scene().AsOf.Equal(day) || !strings.Contains(tl.Current().AsOf, "30 Jun 2024") {
		t.Errorf("timeline as of %v, label %q", tl.Scene().AsOf, tl.Current().AsOf)
	}
	if got := ch.Current().AsOf; !strings.Contains(got, "30 Jun 2024") {
		t.Errorf("deal chart as-of label %q, want 30 Jun 2024", got)
	}
	if !differs(netAll, picture(t, nw.Current())) {
		t.Error("the network looks the same on 30 Jun 2024 as with every deal")
	}
	if !differs(tlAll, picture(t, tl.Current())) {
		t.Error("the timeline looks the same with an as-of cursor as without")
	}
	s.SetAsOf(time.Time{})
	if nw.Current().AsOf != "" || !tl.Scene().AsOf.IsZero() {
		t.Errorf("back to all dates: network %q, timeline %v", nw.Current().AsOf, tl.Scene().AsOf)
	}
}

func TestSelectionFlowsBothWays(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var event *data.Event
	for i := range ds.Events {
		if e := &ds.Events[i]; len(e.Parties) >= 2 && len(e.Relations) > 0 {
			event = e
			break
		}
	}
	if event == nil {
		t.Fatal("the bundled data has no event with parties and deals")
	}
	s := &State{Lang: "en", Data: ds}
	_, nw, tl, _, _ := realViews(t, s)

	// Clicking an event on the timeline lights its parties in the network.
	plain := picture(t, nw.Current())
	tl.OnSelectEvent(event.ID)
	if s.Event != event.ID {
		t.Fatalf("State event %q, want %q", s.Event, event.ID)
	}
	if tl.Scene().Selected != event.ID {
		t.Errorf("timeline selected %q", tl.Scene().Selected)
	}
	if !differs(plain, picture(t, nw.Current())) {
		t.Errorf("selecting %s did not change the network", event.ID)
	}

	// Selecting a company in the network lights its events on the timeline.
	party := event.Parties[0]
	nw.OnSelectCompany(party)
	if s.Company != party {
		t.Fatalf("State company %q, want %q", s.Company, party)
	}
	if hl := tl.Scene().Highlight; len(hl) != 1 || hl[0] != party {
		t.Errorf("timeline highlight %q, want [%s]", hl, party)
	}
}

func TestReloadKeepsLayoutAndSelection(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	s := &State{Lang: "en", Data: ds}
	_, nw, tl, _, settle := realViews(t, s)
	s.Select("openai", "")
	before := picture(t, nw.Current())
	again, _ := data.Bundled()
	s.SetData(again, "camps.json")
	settle() // a new dataset is laid out again, with the same seed
	if s.Company != "openai" {
		t.Errorf("reload lost the selection: %q", s.Company)
	}
	if hl := tl.Scene().Highlight; len(hl) != 1 || hl[0] != "openai" {
		t.Errorf("timeline highlight after reload %q", hl)
	}
	if differs(before, picture(t, nw.Current())) {
		t.Error("the network moved or lost its selection on reloading the same data")
	}
}

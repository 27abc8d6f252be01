package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// TestStatusCountsFollowFiltersAndDate: the status bar counts what the
// views show: fewer companies and camps once a camp is hidden, fewer
// relations and events at an earlier date (finding 10).
func TestStatusCountsFollowFiltersAndDate(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	u := newTestUI(t, a, options{views: func(s *State, _ func() export.Theme) *views {
		v, _, _, _, _ := realViews(t, s)
		return v
	}})
	u.win.Resize(fyne.NewSize(1280, 800))
	ds := u.state.Data
	all := fmt.Sprintf("%d companies · %d camps · %d relations · %d events", len(ds.Companies), len(ds.Camps), len(ds.Relations), len(ds.Events))
	if got := u.status.counts.Text; got != all {
		t.Fatalf("at start the counts say %q, want %q", got, all)
	}
	camp := ds.Camps[len(ds.Camps)-1] // Meta + Tesla: members in no other camp
	var box *widget.Check
	walk(u.views.network, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Text == camp.Name.En+" (forecast)" {
			box = c
		}
	})
	if box == nil {
		t.Fatalf("no camp check box for %s", camp.Name.En)
	}
	test.Tap(box)
	hidden := fmt.Sprintf("%d companies · %d camps", len(ds.Companies)-len(camp.Members), len(ds.Camps)-1)
	if got := u.status.counts.Text; len(got) < len(hidden) || got[:len(hidden)] != hidden {
		t.Errorf("with %s hidden the counts say %q, want %q…", camp.ID, got, hidden)
	}
	test.Tap(box)
	u.state.SetAsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	early := u.status.counts.Text
	if early == all {
		t.Errorf("as of 1 Jan 2024 the counts still say %q", early)
	}
	want := fmt.Sprintf("%d events", eventsBy(ds, u.state.AsOf))
	if early[len(early)-len(want):] != want || eventsBy(ds, u.state.AsOf) >= len(ds.Events) {
		t.Errorf("as of 1 Jan 2024: %q, want …%q", early, want)
	}
}

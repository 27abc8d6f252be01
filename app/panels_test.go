package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
)

// TestSidePanelsFold folds the network's side panels by their shortcuts,
// gives the picture their room, and finds them folded after a restart.
func TestSidePanelsFold(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	var nw *network.View
	withReal := options{views: func(s *State, _ func() export.Theme) *views {
		v, n, _, _, _ := realViews(t, s)
		nw = n
		return v
	}}
	u := newTestUI(t, a, withReal)
	u.win.Resize(smallest)
	canvasW := func() float32 { return nw.CanvasSize().Width }
	full := canvasW()
	press(u, scFilters)
	if f, d := nw.Panels(); f || !d {
		t.Fatalf("after Ctrl+[: filters %v, detail %v", f, d)
	}
	press(u, scDetail)
	if f, d := nw.Panels(); f || d {
		t.Fatalf("after Ctrl+]: filters %v, detail %v", f, d)
	}
	u.win.Content().Refresh()
	if w := canvasW(); w < full+400 {
		t.Errorf("with both panels folded the network is %.0f wide, was %.0f", w, full)
	}
	if !strings.Contains(menuText(u), "[ ] Filters panel") {
		t.Errorf("the View menu does not show the filters panel unticked:\n%s", menuText(u))
	}

	u2 := newTestUI(t, a, withReal)
	if f, d := nw.Panels(); f || d {
		t.Errorf("after a restart: filters %v, detail %v, want both folded", f, d)
	}
	press(u2, scFilters)
	if f, _ := nw.Panels(); !f {
		t.Error("Ctrl+[ did not show the filters again")
	}
}

// TestShortcutsListed: Help › Keyboard shortcuts names the panels' and the
// date's keys.
func TestShortcutsListed(t *testing.T) {
	u := newTestUI(t, nil, options{})
	u.showShortcuts()
	got := dialogText(t, u)
	for _, want := range []string{"Ctrl+[", "Filters panel", "Ctrl+]", "Details panel", "Shift+←", "Home / End", "2025-11-04"} {
		if !strings.Contains(got, want) {
			t.Errorf("the shortcuts list lacks %q:\n%s", want, got)
		}
	}
}

// menuText is the View menu, "[x] item" for a ticked one.
func menuText(u *ui) string {
	var b strings.Builder
	for _, m := range u.menu().Items {
		for _, it := range m.Items {
			box := "[ ] "
			if it.Checked {
				box = "[x] "
			}
			b.WriteString(box + it.Label + "\n")
		}
	}
	return b.String()
}

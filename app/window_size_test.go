package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
)

// smallest is the smallest window the app is laid out for: no view, bar or
// state may ask for more, or the window grows past a small screen.
var smallest = fyne.NewSize(1024, 700-30) // less the menu bar

// TestWindowNeverGrows walks the window through its views, a selected
// event, company and deal, a date, each chart and both languages, and
// checks that the content never asks for more than the smallest window.
func TestWindowNeverGrows(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	var tabCharts_ interface{ Select(string) }
	u := newTestUI(t, a, options{views: func(s *State, _ func() export.Theme) *views {
		v, _, _, ch, _ := realViews(t, s)
		tabCharts_ = ch
		return v
	}})
	u.win.Resize(smallest)
	check := func(step string) {
		t.Helper()
		if m := u.win.Content().MinSize(); m.Width > smallest.Width || m.Height > smallest.Height {
			t.Errorf("%s: the window asks for %.0f×%.0f, more than %.0f×%.0f", step, m.Width, m.Height, smallest.Width, smallest.Height)
		}
	}
	ds := u.state.Data
	for _, lang := range []string{"en", "zh"} {
		u.state.SetLang(lang)
		u.state.SetAsOf(time.Time{})
		for tab := range tabKeys {
			u.showView(tab)
			check(lang + " " + tabKeys[tab])
		}
		u.showView(tabTimeline)
		for _, e := range ds.Events {
			u.state.Select("", e.ID)
			check(lang + " event " + e.ID)
		}
		u.showView(tabNetwork)
		for _, c := range ds.Companies {
			u.state.Select(c.ID, "")
			check(lang + " company " + c.ID)
		}
		u.state.SetAsOf(time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC))
		check(lang + " as of a date")
		u.showView(tabCharts)
		for _, c := range ds.Charts {
			tabCharts_.Select(c.ID)
			check(lang + " chart " + c.ID)
		}
	}
}

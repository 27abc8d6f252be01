package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
)

// The export form offers the highlight (on) and the framing (fitted) and
// remembers them like its other choices; Copy view as image reads them.
func TestExportFormSeenChoices(t *testing.T) {
	prefs := test.NewTempApp(t).Preferences()
	f := newExportForm(prefs)
	o, size, err := f.options()
	if err != nil || o.Seen != (export.Seen{Highlight: true}) || !f.highlight.Checked || f.framing.Selected != f.framing.Options[0] {
		t.Fatalf("defaults: %+v %v", o.Seen, err)
	}
	f.highlight.SetChecked(false)
	f.framing.SetSelected(f.framing.Options[1])
	if o, size, err = f.options(); err != nil || o.Seen != (export.Seen{Framed: true}) {
		t.Fatalf("chosen: %+v %v", o.Seen, err)
	}
	f.remember(prefs, o, size)
	g := newExportForm(prefs)
	if o2, _, _ := g.options(); o2.Seen != o.Seen || g.highlight.Checked || g.framing.Selected != g.framing.Options[1] {
		t.Errorf("reopened form: %+v", o2.Seen)
	}
	if c := clipOptions(prefs, "zh"); c.Seen != o.Seen {
		t.Errorf("the clipboard's choices %+v, the form's %+v", c.Seen, o.Seen)
	}
}

// Copy view as image draws the view with the last export choices.
func TestCopyDrawsWithTheSeenChoices(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	a.Preferences().SetString(prefExportSize, "1280x720")
	a.Preferences().SetInt(prefExportScale, 1)
	a.Preferences().SetBool(prefExportHighlight, false)
	a.Preferences().SetBool(prefExportFramed, true)
	var got []export.Seen
	u := newTestUI(t, a, options{views: func(s *State, th func() export.Theme) *views {
		v := standInViews(s, th)
		v.current = func(int) (export.Item, bool) {
			return export.Item{Name: "network", Draw: func(f export.Frame) error { got = append(got, f.Seen); return nil }}, true
		}
		return v
	}})
	wait := copied(t, nil)
	u.onCopyImage()
	if _, err := wait(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != (export.Seen{Framed: true}) {
		t.Errorf("the copy drew with %+v, want framed without the highlight", got)
	}
}

// Export all… writes the network and the timeline as the window shows
// them, as Export… does.
func TestExportAllTakesTheWindowsViews(t *testing.T) {
	var drawn []string
	u := newTestUI(t, nil, options{views: func(s *State, th func() export.Theme) *views {
		v := standInViews(s, th)
		names := [...]string{"network", "timeline", "chart"}
		v.current = func(tab int) (export.Item, bool) {
			return export.Item{Name: names[tab], Draw: func(export.Frame) error { drawn = append(drawn, names[tab]); return nil }}, true
		}
		return v
	}})
	items := u.exportItems()
	if len(items) < 3 || items[0].Name != "network" || items[1].Name != "timeline" {
		t.Fatalf("items %v", items)
	}
	for _, it := range items[:2] {
		_ = it.Draw(export.Frame{})
	}
	if len(drawn) != 2 || drawn[0] != "network" || drawn[1] != "timeline" {
		t.Errorf("Export all drew %v of the window's views, want network and timeline", drawn)
	}
}

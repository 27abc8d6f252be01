package app

import (
	"time"

	"github.com/aicamps/aicamps/data"
)

// Change says what part of the State changed; several may be or-ed.
type Change uint8

const (
	LangChanged Change = 1 << iota
	ThemeChanged
	AsOfChanged
	SelectionChanged
	DataChanged
)

// Theme modes.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// State is what the window and the views share: one value, owned by the ui,
// changed only through its setters so that every listener hears about it.
// It is used on the UI goroutine only.
type State struct {
	Lang    string    // "zh" or "en"
	Theme   string    // ThemeSystem, ThemeLight or ThemeDark
	AsOf    time.Time // show the story as of this day; zero for all of it
	Company string    // selected company ID, or ""
	Event   string    // selected event ID, or ""
	Data    *data.Dataset
	Path    string // the data file, or "" for the bundled data

	listeners []func(Change)
}

// OnChange registers f to be called after every change.
func (s *State) OnChange(f func(Change)) { s.listeners = append(s.listeners, f) }

func (s *State) notify(c Change) {
	for _, f := range s.listeners {
		f(c)
	}
}

// SetLang switches the language ("zh" or "en").
func (s *State) SetLang(lang string) {
	if lang = normLang(lang); lang != s.Lang {
		s.Lang = lang
		s.notify(LangChanged)
	}
}

// SetTheme switches the theme mode.
func (s *State) SetTheme(mode string) {
	if mode != ThemeLight && mode != ThemeDark {
		mode = ThemeSystem
	}
	if mode != s.Theme {
		s.Theme = mode
		s.notify(ThemeChanged)
	}
}

// SetAsOf sets the "as of" day (zero for all dates).
func (s *State) SetAsOf(t time.Time) {
	if !t.Equal(s.AsOf) {
		s.AsOf = t
		s.notify(AsOfChanged)
	}
}

// Select selects a company and an event (either may be "").
func (s *State) Select(company, event string) {
	if company != s.Company || event != s.Event {
		s.Company, s.Event = company, event
		s.notify(SelectionChanged)
	}
}

// SetData replaces the dataset. The selection is kept when the new data
// still has it, so that a reload does not lose the user's place.
func (s *State) SetData(ds *data.Dataset, path string) {
	s.Data, s.Path = ds, path
	c := DataChanged
	if s.Company != "" && !hasCompany(ds, s.Company) {
		s.Company, c = "", c|SelectionChanged
	}
	if s.Event != "" && !hasEvent(ds, s.Event) {
		s.Event, c = "", c|SelectionChanged
	}
	s.notify(c)
}

func hasCompany(ds *data.Dataset, id string) bool {
	for _, c := range ds.Companies {
		if c.ID == id {
			return true
		}
	}
	return false
}

func hasEvent(ds *data.Dataset, id string) bool {
	for _, e := range ds.Events {
		if e.ID == id {
			return true
		}
	}
	return false
}

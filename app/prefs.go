package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefWindowWidth  = "windowWidth"
	prefWindowHeight = "windowHeight"
	prefLastView     = "lastView"    // index of the selected tab
	prefLanguage     = "language"    // "zh" or "en"; unset: the system language
	prefTheme        = "theme"       // ThemeSystem, ThemeLight, ThemeDark
	prefLastFile     = "lastFile"    // the last data file opened, "" for the bundled data
	prefAsOf         = "asOf"        // "2006-01-02", "" for all dates
	prefRecentFiles  = "recentFiles" // most recent first
	prefNoFilters    = "hideFilters" // the side panels are folded (View menu)
	prefNoDetail     = "hideDetail"
)

const (
	defaultWidth  = 1280
	defaultHeight = 800
	maxRecent     = 6
	asOfLayout    = "2006-01-02"
)

// loadState fills a State's settings from the preferences (not the data).
func loadState(p fyne.Preferences) *State {
	s := &State{
		Lang:  normLang(p.StringWithFallback(prefLanguage, systemLang())),
		Theme: p.StringWithFallback(prefTheme, ThemeSystem),
	}
	if t, err := time.Parse(asOfLayout, p.String(prefAsOf)); err == nil {
		s.AsOf = t
	}
	return s
}

// saveState writes the State's settings (not the data) to the preferences.
func saveState(p fyne.Preferences, s *State) {
	p.SetString(prefLanguage, s.Lang)
	p.SetString(prefTheme, s.Theme)
	asOf := ""
	if !s.AsOf.IsZero() {
		asOf = s.AsOf.Format(asOfLayout)
	}
	p.SetString(prefAsOf, asOf)
	p.SetString(prefLastFile, s.Path)
}

// addRecent puts path first in the recent files list.
func addRecent(p fyne.Preferences, path string) {
	list := []string{path}
	for _, f := range p.StringList(prefRecentFiles) {
		if f != path && len(list) < maxRecent {
			list = append(list, f)
		}
	}
	p.SetStringList(prefRecentFiles, list)
}

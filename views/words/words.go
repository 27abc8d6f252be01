// Package words holds the lookup of the views' own texts: the window's
// widgets and every export (PNG, SVG, PDF, decks, from the CLI too) draw them.
// The texts live with the window's in assets/translations (en.json,
// zh.json), the files a translator edits, under "network.", "charts." and
// "timeline.", and "views." for the words the views share. This package
// reads those files without Fyne, so the CLI's exports do not need it; the
// app's translator reads the same files.
package words

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/aicamps/aicamps/assets"
)

// Shared is the prefix of the texts more than one view writes.
const Shared = "views"

// Table is every text of the translation files, by language, then key.
type Table map[string]map[string]string

// All reads the translation files once; they are built in, so a file that
// does not parse is a build defect (its test fails), not a user's error.
var All = sync.OnceValue(func() Table {
	t, err := read()
	if err != nil {
		panic(err)
	}
	return t
})

func read() (Table, error) {
	t := Table{}
	entries, err := assets.Translations.ReadDir("translations")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := assets.Translations.ReadFile("translations/" + e.Name())
		if err != nil {
			return nil, err
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("assets/translations/%s: %w", e.Name(), err)
		}
		t[strings.TrimSuffix(e.Name(), path.Ext(e.Name()))] = m
	}
	return t, nil
}

// In is view's text key in lang ("zh" or "en"): view.key, else the shared
// views.key; in English when lang lacks it; the key itself when no file
// has it (a slip shows, rather than a blank).
func In(lang, view, key string) string {
	t := All()
	for _, l := range []string{lang, "en"} {
		for _, k := range []string{view + "." + key, Shared + "." + key} {
			if s, ok := t[l][k]; ok {
				return s
			}
		}
	}
	return key
}

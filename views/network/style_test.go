package network

import "testing"

// Every text the view asks for exists in both languages.
func TestWords(t *testing.T) {
	for _, k := range []string{"forecast", "camps", "relations", "value", "status", "sure", "unsure", "arrow", "nocamp", "size", "sizedeg",
		"title", "subtitle", "subtitledeg", "asof", "source", "deals", "empty", "layingout", "search", "export", "reset", "hint", "events", "legend", "bydeals"} {
		if words[k].En == "" || words[k].Zh == "" {
			t.Errorf("word %q missing a language: %+v", k, words[k])
		}
	}
}

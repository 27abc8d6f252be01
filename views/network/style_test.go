package network

import (
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
)

// Every text the view asks for exists in both languages.
func TestWords(t *testing.T) {
	for _, k := range []string{"forecast", "camps", "relations", "value", "status", "sure", "unsure", "arrow", "nocamp", "size", "sizedeg",
		"title", "subtitle", "subtitledeg", "asof", "source", "deals", "empty", "layingout", "search", "export", "reset", "hint", "events", "legend", "bydeals"} {
		if words[k].En == "" || words[k].Zh == "" {
			t.Errorf("word %q missing a language: %+v", k, words[k])
		}
	}
}

// The legend's certainty lines name the statuses as every view does
// (data.Status.Name): the zh legend once said 宣称 where the rest said 声称.
func TestCertaintyWordsUseStatusNames(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for key, sts := range map[string][]data.Status{"sure": {data.Reported}, "unsure": {data.Rumoured, data.Claimed}} {
			for _, st := range sts {
				if w := strings.ToLower(words[key].In(lang)); !strings.Contains(w, st.Name(lang)) {
					t.Errorf("%s legend %q does not say %q", lang, words[key].In(lang), st.Name(lang))
				}
			}
		}
	}
}

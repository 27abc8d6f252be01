package words

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
)

// views are the packages whose texts live under their name, and the call
// that looks one up (the key is its literal argument).
var views = map[string]*regexp.Regexp{
	"network":  regexp.MustCompile(`\b(?:word|sprintf)\("([^"]+)"`),
	"charts":   regexp.MustCompile(`\bword\([\w.]+, "([^"]+)"\)`),
	"timeline": regexp.MustCompile(`\btr\([\w.]+, "([^"]+)"\)`),
}

// viewKeys are the keys of the views' texts: views.*, network.*, ….
func viewKeys(t Table) []string {
	var keys []string
	for k := range t["en"] {
		if v, _, _ := strings.Cut(k, "."); v == Shared || views[v] != nil {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

var verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestBothLanguages: every key is in en.json and zh.json with a text in
// each, and a view's format has the same verbs, in order, in both.
func TestBothLanguages(t *testing.T) {
	tab, err := read()
	if err != nil {
		t.Fatal(err)
	}
	if len(tab) != 2 || tab["en"] == nil || tab["zh"] == nil {
		t.Fatalf("languages %v, want en and zh", slices.Sorted(maps.Keys(tab)))
	}
	for a, b := range map[string]string{"en": "zh", "zh": "en"} {
		for k, s := range tab[a] {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s.json %q is empty", a, k)
			}
			if _, ok := tab[b][k]; !ok {
				t.Errorf("%q is in %s.json, not in %s.json", k, a, b)
			}
		}
	}
	keys := viewKeys(tab)
	if len(keys) < 40 {
		t.Fatalf("only %d view keys: did the prefixes change?", len(keys))
	}
	for _, k := range keys {
		if e, z := verbs.FindAllString(tab["en"][k], -1), verbs.FindAllString(tab["zh"][k], -1); !slices.Equal(e, z) {
			t.Errorf("%q: en has %v, zh has %v", k, e, z)
		}
	}
}

// sources is the text of a view's non-test Go files.
func sources(t *testing.T, view string) string {
	files, _ := filepath.Glob(filepath.Join("..", view, "*.go"))
	var b strings.Builder
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(src)
	}
	if b.Len() == 0 {
		t.Fatalf("no sources in ../%s", view)
	}
	return b.String()
}

// TestNoKeyUnused: every view key is used by its view (its name is a string
// literal there: keys are also picked into variables), and a shared key by
// at least two views; every key a view looks up exists, in the view's or the
// shared texts.
func TestNoKeyUnused(t *testing.T) {
	tab := All()
	src := map[string]string{}
	for v := range views {
		src[v] = sources(t, v)
	}
	used := func(view, key string) bool {
		if view == "timeline" && strings.HasPrefix(key, "type.") { // tr(lang, "type."+t)
			return strings.Contains(src[view], `"type."+`) && slices.Contains(data.EventTypes, strings.TrimPrefix(key, "type."))
		}
		return strings.Contains(src[view], `"`+key+`"`)
	}
	for _, k := range viewKeys(tab) {
		view, key, _ := strings.Cut(k, ".")
		if view != Shared {
			if !used(view, key) {
				t.Errorf("%q: views/%s never asks for %q", k, view, key)
			}
			if _, dup := tab["en"][Shared+"."+key]; dup {
				t.Errorf("%q hides the shared %s.%s", k, Shared, key)
			}
			continue
		}
		var by []string
		for v := range views {
			if _, own := tab["en"][v+"."+key]; !own && used(v, key) {
				by = append(by, v)
			}
		}
		if len(by) < 2 {
			t.Errorf("%q is shared but used by %v only: make it %s.%s", k, by, "VIEW", key)
		}
	}
	for v, call := range views {
		for _, m := range call.FindAllStringSubmatch(src[v], -1) {
			_, own := tab["en"][v+"."+m[1]]
			_, shared := tab["en"][Shared+"."+m[1]]
			if !own && !shared {
				t.Errorf("views/%s asks for %q: no %s.%s or %s.%s in assets/translations", v, m[1], v, m[1], Shared, m[1])
			}
		}
	}
}

// distinct are texts that read alike but mean different things.
var distinct = map[[2]string]string{
	{"network.forecast", "timeline.type.forecast"}: "a status tag after a name vs the name of an event type",
}

// TestNoDuplicateMeanings: no two view keys say the same thing (the same
// words in English or in Chinese, placeholders and punctuation aside): a
// word the views share is one "views." key, so it is translated once.
func TestNoDuplicateMeanings(t *testing.T) {
	tab := All()
	for _, lang := range []string{"en", "zh"} {
		seen := map[string]string{}
		for _, k := range viewKeys(tab) {
			n := meaning(tab[lang][k])
			if n == "" { // punctuation only, such as " / "
				continue
			}
			if first, dup := seen[n]; dup && distinct[[2]string{first, k}] == "" {
				t.Errorf("%q and %q both say %q in %s: share one %s. key", first, k, n, lang, Shared)
			}
			seen[n] = k
		}
	}
}

var (
	placeholder = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]|\{\{[^}]*\}\}`)
	punct       = regexp.MustCompile(`[\s:：.…()（）?？/·,，]+`)
)

// meaning is a text without its placeholders, punctuation and case.
func meaning(s string) string {
	s = placeholder.ReplaceAllString(strings.ToLower(s), " ")
	return strings.TrimSpace(punct.ReplaceAllString(s, " "))
}

// TestIn: a view's own key, then the shared one, then English, then the key.
func TestIn(t *testing.T) {
	for _, c := range []struct{ lang, view, key, want string }{
		{"en", "network", "legend", "Legend"},
		{"zh", "network", "legend", "图例"},
		{"zh", "charts", "export", "导出…"}, // shared
		{"fr", "timeline", "fit", "Fit"},  // English for a language the files lack
		{"en", "charts", "no such key", "no such key"},
	} {
		if got := In(c.lang, c.view, c.key); got != c.want {
			t.Errorf("In(%q, %q, %q) = %q, want %q", c.lang, c.view, c.key, got, c.want)
		}
	}
}

package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template"
)

// keyPattern matches the translation keys written as string literals in the
// app's code: L("menu.open"), tabKeys, placeholder("placeholder.network")…
var (
	keyPattern  = regexp.MustCompile(`"((?:app|menu|view|theme|placeholder|status|dialog|notice|about|format)\.[A-Za-z.]+)"`)
	callPattern = regexp.MustCompile(`\bL\("([^"]+)"\s*[,)]`)
)

func TestEveryUIStringIsTranslated(t *testing.T) {
	tr, err := newTranslator("en")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	keys := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyPattern.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = f
		}
		for _, m := range callPattern.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = f
		}
	}
	for _, mode := range []string{ThemeSystem, ThemeLight, ThemeDark} {
		keys["theme."+mode] = "menus.go"
	}
	if len(keys) < 30 {
		t.Fatalf("found only %d keys in the code: is the pattern right?", len(keys))
	}
	for _, l := range languages {
		msgs := tr.msgs[l.code]
		if msgs == nil {
			t.Fatalf("no translations/%s.json", l.code)
		}
		for key, file := range keys {
			if strings.TrimSpace(msgs[key]) == "" {
				t.Errorf("%s: %q has no %s translation", file, key, l.code)
			}
		}
	}
	// The two files have the same keys, and every text is a valid template.
	for _, a := range languages {
		for key, text := range tr.msgs[a.code] {
			for _, b := range languages {
				if _, ok := tr.msgs[b.code][key]; !ok {
					t.Errorf("%q is in %s.json but not in %s.json", key, a.code, b.code)
				}
			}
			if _, err := template.New(key).Parse(text); err != nil {
				t.Errorf("%s.json %q: %v", a.code, key, err)
			}
		}
	}
}

func TestTranslatorFallsBack(t *testing.T) {
	tr, err := newTranslator("zh-CN")
	if err != nil {
		t.Fatal(err)
	}
	if tr.lang != "zh" {
		t.Fatalf("zh-CN maps to %q", tr.lang)
	}
	if got := tr.L("status.asOf", map[string]string{"Date": "2025年11月5日"}); got != "截至 2025年11月5日" {
		t.Errorf("filled template = %q", got)
	}
	if got := tr.L("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key = %q", got)
	}
	tr.msgs["zh"] = map[string]string{}
	if got := tr.L("menu.file"); got != "File" {
		t.Errorf("missing Chinese did not fall back to English: %q", got)
	}
}

package data

import (
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// english finds what is left of the loader's English sentences: words of
// its messages outside quotes (ids, values and the file's own text stay).
var english = regexp.MustCompile(`\b(found|expected|unknown|missing|duplicate|the file|field|syntax|invalid|character|appears|twice|nested|number|string|more|did you mean|at least|at most|one of|before|after|shares|series|percentage|precision|items|value|object|array)\b`)

var quoted = regexp.MustCompile(`"(\\.|[^"\\])*"|'[^']*'`)

// Issue 17, finding 6: every bad file's errors, said in Chinese, keep their
// place (file:line:col: path) and hold no English sentence of the loader.
func TestBadFilesInChinese(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.json")
	if len(files) < 30 {
		t.Fatalf("only %d bad files", len(files))
	}
	for _, f := range files {
		_, err := LoadFile(f)
		var es Errors
		if !errors.As(err, &es) {
			t.Fatalf("%s: %v is not Errors", f, err)
		}
		zh := strings.Split(es.In("zh"), "\n")
		for i, e := range es {
			place := strings.TrimSuffix(e.String(), e.Msg)
			if !strings.HasPrefix(zh[i], place) {
				t.Errorf("%s: %q lost its place %q", f, zh[i], place)
			}
			msg := quoted.ReplaceAllString(strings.TrimPrefix(zh[i], place), `""`)
			if w := english.FindString(msg); w != "" {
				t.Errorf("%s: %q still says %q in English", filepath.Base(f), zh[i], w)
			}
		}
		if got := es.In("en"); got != es.Error() {
			t.Errorf("%s: English changed:\n%s", f, got)
		}
	}
}


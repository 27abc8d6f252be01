package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/assets"
)

// FuzzLoad feeds Load arbitrary bytes, seeded with the good and bad files:
// it must never panic, and must fail with Errors (each with the file name
// and, past the byte checks, a position) or succeed with a dataset.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.json")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(assets.CampsJSON)
	for _, s := range []string{"", "{}", "[]", "null", `{"version":1}`, "\xef\xbb\xbf{", `{"a":1,"a":2}`, "1e400", `{"x":"\ud800"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, err := Load("fuzz.json", b)
		if err == nil {
			if ds == nil {
				t.Fatal("nil dataset without error")
			}
			return
		}
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("error %T %v, want non-empty Errors", err, err)
		}
		if len(es) > MaxErrors+1 {
			t.Fatalf("%d errors, want at most %d", len(es), MaxErrors+1)
		}
		lines := strings.Count(string(b), "\n") + 1
		prev := Error{Line: 1, Col: 1}
		for i, e := range es {
			if e.File != "fuzz.json" || e.Msg == "" || strings.Contains(e.Msg, "\n") {
				t.Fatalf("malformed error %#v", e)
			}
			if i == len(es)-1 && e.Line == 0 && strings.HasPrefix(e.Msg, "… and ") {
				break // the count of the errors left out
			}
			if e.Line < 1 || e.Line > lines || e.Col < 1 {
				t.Fatalf("error %v: position outside the file (%d lines)", e, lines)
			}
			if e.Line < prev.Line || e.Line == prev.Line && e.Col < prev.Col {
				t.Fatalf("errors out of file order: %v after %v", e, prev)
			}
			prev = e
		}
	})
}

package data

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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

// FuzzParseGeneric holds the syntax step to json.Valid's verdict on every
// UTF-8 input, and its error to a place inside the file.
func FuzzParseGeneric(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.json")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	for _, s := range []string{"", " ", "0", "-0", "01", "1.", ".5", "1e", "1E+2", "-", `"\u00e9\ud800x"`, `"\/\b\f\n\r\t\\\""`, `"\x"`, "\"a\tb\"", `{"a":1,"a":2}`, "[1,]", "{,}", "tru", "nulll", "[] []", `{"a" : [ true , false , null ] }`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) {
			return
		}
		got, off, msg := parseGeneric(b)
		if valid := json.Valid(b); valid != (msg == "") {
			t.Fatalf("json.Valid = %v, parseGeneric says %q at %d", valid, msg, off)
		}
		if msg != "" {
			if off < 0 || off > len(b) || got != nil {
				t.Fatalf("error %q at %d of %d bytes with value %#v", msg, off, len(b), got)
			}
		}
	})
}

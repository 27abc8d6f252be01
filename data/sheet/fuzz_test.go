package sheet

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
)

// FuzzLoad: any bytes give a dataset or errors that name the file, never a
// panic; a dataset read is written and read back the same.
func FuzzLoad(f *testing.F) {
	// Small seeds: an instrumented excelize is slow, and the fuzzer's
	// mutations find more in a small archive.
	b, err := os.ReadFile("../testdata/good/minimal.json")
	if err != nil {
		f.Fatal(err)
	}
	ds, err := data.Load("minimal.json", b)
	if err != nil {
		f.Fatal(err)
	}
	good := workbook(f, ds)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(emptyBook(f))
	f.Add(kumuBook(f, kumuElements, kumuConnections))
	f.Add([]byte("id,name.en\nopenai,OpenAI\n"))
	f.Add(rewritePart(f, good, "xl/worksheets/sheet4.xml", func(x []byte) []byte {
		return bytes.Replace(x, []byte("</sheetData>"), []byte(`</sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>`), 1)
	}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, _, err := Load("fuzz.xlsx", b)
		if err != nil {
			var es data.Errors
			if !errors.As(err, &es) {
				t.Fatalf("not data.Errors: %v", err)
			}
			for _, e := range es {
				if e.File != "fuzz.xlsx" || e.Msg == "" {
					t.Fatalf("error without the file or a message: %+v", e)
				}
			}
			return
		}
		again, _, err := Load("again.xlsx", workbook(t, ds))
		if err != nil {
			t.Fatalf("a dataset read does not read back: %v", strings.SplitN(err.Error(), "\n", 2)[0])
		}
		if js(ds) != js(again) {
			t.Fatal("written and read back, the dataset changed")
		}
	})
}

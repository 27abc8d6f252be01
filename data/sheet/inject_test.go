package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestFormulaInjection: text that a spreadsheet would take for a formula
// (=, +, - or @ first) is written as text and read back the same.
func TestFormulaInjection(t *testing.T) {
	ds := bundled(t)
	names := []string{`=HYPERLINK("http://x","y")`, "+1+2", "-2+3", "@SUM(A1)"}
	for i, n := range names {
		ds.Companies[i].Name.En = n
	}
	b := workbook(t, ds)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		rc, _ := f.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(x, []byte("<f>")) || bytes.Contains(x, []byte("<f ")) {
			t.Errorf("%s holds a formula", f.Name)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, n := range names {
		c := at(t, f, "Companies", "name.en", i+2)
		if typ, _ := f.GetCellType("Companies", c); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("Companies!%s: cell type %v, want text", c, typ)
		}
		if v, _ := f.GetCellValue("Companies", c); v != n {
			t.Errorf("Companies!%s: got %q, want %q", c, v, n)
		}
	}
	got, _, err := Load("x.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if got.Companies[i].Name.En != n {
			t.Errorf("read back %q, want %q", got.Companies[i].Name.En, n)
		}
	}
}

// rewritePart returns workbook b with its part name changed by change.
func rewritePart(t testing.TB, b []byte, name string, change func([]byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == name {
			x = change(x)
		}
		w, _ := zw.Create(f.Name)
		w.Write(x)
	}
	zw.Close()
	return out.Bytes()
}

// TestFormulasReadAsSavedValues: a formula cell gives the value saved with
// it; nothing is computed or fetched (the formula would fetch a URL).
func TestFormulasReadAsSavedValues(t *testing.T) {
	cell := regexp.MustCompile(`<c r="C2"[^>]*>.*?</c>`)
	b := rewritePart(t, workbook(t, bundled(t)), "xl/worksheets/sheet4.xml", func(x []byte) []byte {
		return cell.ReplaceAll(x, []byte(`<c r="C2" t="str"><f>WEBSERVICE("http://example.invalid/")</f><v>Saved name</v></c>`))
	})
	got, _, err := Load("x.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	if n := got.Companies[0].Name.En; n != "Saved name" {
		t.Errorf("got name %q, want the saved value", n)
	}
}

package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func errText(t *testing.T, b []byte) string {
	t.Helper()
	ds, _, err := Load("bad.xlsx", b)
	if err == nil {
		t.Fatalf("loaded %d companies, want an error", len(ds.Companies))
	}
	return err.Error()
}

func emptyBook(t testing.TB) []byte {
	f := excelize.NewFile()
	defer f.Close()
	var b bytes.Buffer
	f.WriteTo(&b)
	return b.Bytes()
}

func TestBadWorkbooks(t *testing.T) {
	good := workbook(t, bundled(t))
	cases := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty file", nil, "bad.xlsx: the file is empty, expected an XLSX workbook"},
		{"csv renamed .xlsx", []byte("id,name.en\nopenai,OpenAI\n"), "bad.xlsx: the file is text (CSV?), not an XLSX workbook"},
		{"old xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 rest"), "bad.xlsx: the file is an old .xls or a password-protected workbook"},
		{"binary", []byte{0, 1, 2, 3, 0xff}, "bad.xlsx: the file is not an XLSX workbook"},
		{"cut short", good[:len(good)/2], "bad.xlsx: the file is not a readable XLSX workbook (a zip archive)"},
		{"empty workbook", emptyBook(t), "bad.xlsx: found the sheets Sheet1, expected a camps workbook (Sources, Companies"},
		{"missing header", edit(t, good, func(f *excelize.File) { f.RemoveRow("Companies", 1) }),
			`bad.xlsx: Companies!A1: found "openai" where the header row should be, expected the column names: id, name.zh`},
		{"unknown column", edit(t, good, func(f *excelize.File) { f.SetCellStr("Relations", "F1", "valeuUSD") }),
			`bad.xlsx: Relations!F1: unknown column "valeuUSD" (did you mean "valueUSD"?)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := errText(t, c.b); !strings.HasPrefix(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s…", got, c.want)
			}
		})
	}
}

// TestMergedCellsFill: a camp id merged over the rows of its members counts
// for each of them.
func TestMergedCellsFill(t *testing.T) {
	ds := bundled(t)
	b := edit(t, workbook(t, ds), func(f *excelize.File) {
		a2, _ := f.GetCellValue("Members", "A2")
		a3, _ := f.GetCellValue("Members", "A3")
		if a2 != a3 {
			t.Fatalf("Members A2 %q, A3 %q: want one camp", a2, a3)
		}
		f.SetCellStr("Members", "A3", "")
		if err := f.MergeCell("Members", "A2", "A3"); err != nil {
			t.Fatal(err)
		}
	})
	got, _, err := Load("merged.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, ds, got)
}

// TestHiddenSheetReadWithWarning: a hidden sheet's rows count, and the
// person is told.
func TestHiddenSheetReadWithWarning(t *testing.T) {
	ds := bundled(t)
	b := edit(t, workbook(t, ds), func(f *excelize.File) { f.SetSheetVisible("Eras", false) })
	got, warns, err := Load("hidden.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	sameRecords(t, ds, got)
	if len(warns) != 1 || warns[0].String() != "hidden.xlsx: Eras!A1: the sheet is hidden; its rows are read all the same" {
		t.Errorf("warnings %v", warns)
	}
}

// hugeCompanies is the bundled workbook with n more companies, written
// straight into the sheet's XML (excelize would take longer than the read).
func hugeCompanies(t testing.TB, n int) []byte {
	t.Helper()
	ds := bundled(t)
	return rewritePart(t, workbook(t, ds), "xl/worksheets/sheet4.xml", func(x []byte) []byte {
		var rows bytes.Buffer
		first := len(ds.Companies) + 2
		for i := 0; i < n; i++ {
			y := first + i
			cell := func(col, v string) {
				fmt.Fprintf(&rows, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, col, y, v)
			}
			fmt.Fprintf(&rows, `<row r="%d">`, y)
			cell("A", fmt.Sprintf("c%d", i))
			cell("C", fmt.Sprintf("Company %d", i))
			cell("D", "other")
			cell("E", "US")
			cell("H", "reported")
			cell("I", "article")
			cell("J", "s1")
			fmt.Fprintf(&rows, `<c r="K%d"><v>1</v></c></row>`, y)
		}
		rows.WriteString("</sheetData>")
		return bytes.Replace(x, []byte("</sheetData>"), rows.Bytes(), 1)
	})
}

// TestHundredThousandRows: a sheet of 100,000 rows loads.
func TestHundredThousandRows(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 rows")
	}
	b := hugeCompanies(t, 100000)
	start := time.Now()
	got, _, err := Load("big.xlsx", b)
	t.Logf("%d bytes loaded in %v", len(b), time.Since(start))
	if err != nil {
		t.Fatal(strings.SplitN(err.Error(), "\n", 4)[:3])
	}
	if n := len(got.Companies); n != 100016 {
		t.Errorf("got %d companies", n)
	}
}

// A few kilobytes can describe a huge grid: a value in the last column
// (XFD) on thousands of rows, or merges of a million cells. Each is an error
// at its cell, read in bounded memory, not gigabytes of padded rows.
func TestSparseGridsRefused(t *testing.T) {
	good := workbook(t, bundled(t))
	cases := []struct {
		name string
		edit func(f *excelize.File)
		want string
	}{
		{"a value in column XFD", func(f *excelize.File) {
			for y := 2; y < 300; y++ {
				f.SetCellStr("Companies", fmt.Sprintf("XFD%d", y), "x")
			}
		}, "Companies!A1: cannot read the sheet: XFD2 holds a value, but a camps sheet has at most 256 columns"},
		{"merges of millions of cells", func(f *excelize.File) {
			for c := 1; c <= 9; c++ { // 9 merges of a million cells each
				col, _ := excelize.ColumnNumberToName(c)
				f.MergeCell("Members", col+"100", col+"1000100")
			}
		}, "the merged cells hold more than"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := edit(t, good, c.edit)
			start := time.Now()
			got := errText(t, b)
			if !strings.Contains(got, c.want) {
				t.Errorf("got\n%s\nwant it to hold %q", got, c.want)
			}
			t.Logf("%d KiB refused in %v", len(b)>>10, time.Since(start).Round(time.Millisecond))
		})
	}
}

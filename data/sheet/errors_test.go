package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/data"
)

// edit opens workbook b, lets change alter it and returns the new bytes.
func edit(t testing.TB, b []byte, change func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	change(f)
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// at is the cell of column name in row of sheet (by its header).
func at(t testing.TB, f *excelize.File, sheet, name string, row int) string {
	t.Helper()
	head, err := f.GetRows(sheet)
	if err != nil || len(head) == 0 {
		t.Fatalf("%s: %v", sheet, err)
	}
	for i, h := range head[0] {
		if h == name {
			return cellName(i, row)
		}
	}
	t.Fatalf("%s has no column %s", sheet, name)
	return ""
}

func set1(t testing.TB, f *excelize.File, sheet, col string, row int, v string) string {
	t.Helper()
	c := at(t, f, sheet, col, row)
	if err := f.SetCellStr(sheet, c, v); err != nil {
		t.Fatal(err)
	}
	return sheet + "!" + c
}

func loadErrors(t *testing.T, b []byte) data.Errors {
	t.Helper()
	_, _, err := Load("camps.xlsx", b)
	var es data.Errors
	if !errors.As(err, &es) {
		t.Fatalf("got %v, want data.Errors", err)
	}
	return es
}

// wantErrors checks that es holds exactly the errors of want, each line
// starting with one of them.
func wantErrors(t *testing.T, es data.Errors, want []string) {
	t.Helper()
	got := strings.Split(es.Error(), "\n")
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("missing error\n%s\nin\n%s", w, es.Error())
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d errors, want %d:\n%s", len(got), len(want), es.Error())
	}
}

func TestErrorsAtCells(t *testing.T) {
	b := workbook(t, bundled(t))
	var want []string
	b = edit(t, b, func(f *excelize.File) {
		want = []string{
			"camps.xlsx: " + set1(t, f, "Relations", "to", 4, "anthropicx") + `: unknown company "anthropicx" (did you mean "anthropic"?)`,
			"camps.xlsx: " + set1(t, f, "Events", "date", 7, "2025-13") + `: "2025-13" is not a date: write 2025-11-03, 2025-11 or 2025`,
			"camps.xlsx: " + set1(t, f, "Series", "value", 3, "380 亿") + `: "380 亿" is not a number: write 38000000000 or use the unit column value.unit`,
			"camps.xlsx: " + set1(t, f, "Companies", "status", 2, "rumored") + `: found string "rumored", expected one of reported, claimed, rumoured, estimate, forecast, derived (did you mean "rumoured"?)`,
			"camps.xlsx: " + set1(t, f, "Members", "camp", 2, "openai-amazonx") + `: unknown camp "openai-amazonx"`,
		}
	})
	wantErrors(t, loadErrors(t, b), want)
}

func TestUnitColumn(t *testing.T) {
	ds := bundled(t)
	b := edit(t, workbook(t, ds), func(f *excelize.File) {
		f.InsertCols("Series", "A", 1)
		f.SetCellStr("Series", "A1", "value.unit")
		c := at(t, f, "Series", "value", 2)
		f.SetCellStr("Series", "A2", "亿")
		v, _ := f.GetCellValue("Series", c)
		f.SetCellStr("Series", c, "0.0000000001")
		_ = v
	})
	got, _, err := Load("camps.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	if v := got.Series[0].Points[0].Value; v != 0.0000000001*1e8 {
		t.Errorf("value with unit 亿: got %v", v)
	}
}

func TestAtMost50Errors(t *testing.T) {
	b := edit(t, workbook(t, bundled(t)), func(f *excelize.File) {
		for row := 2; row < 80; row++ {
			set1(t, f, "Relations", "from", row, fmt.Sprintf("nobody%d", row))
		}
	})
	es := loadErrors(t, b)
	if len(es) != data.MaxErrors+1 || !strings.HasPrefix(es[len(es)-1].Msg, "… and ") {
		t.Fatalf("got %d errors, last %q; want %d and a count of the rest", len(es), es[len(es)-1], data.MaxErrors)
	}
}

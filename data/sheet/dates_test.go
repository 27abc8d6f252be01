package sheet

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/data"
)

// TestDateCells: every date form reads from its cell and writes back as the
// same cell; a bad one is refused.
func TestDateCells(t *testing.T) {
	for _, c := range []struct {
		in   string
		want data.Date
		cell string // as written back; "" for in itself
	}{
		{"2025-11-03", data.Date{Value: "2025-11-03", Precision: data.Day}, ""},
		{"2025", data.Date{Value: "2025", Precision: data.Year}, ""},
		{"by 2026-12", data.Date{Value: "2026-12", Precision: data.Month, Qualifier: data.By}, ""},
		{"before 2027", data.Date{Value: "2027", Precision: data.Year, Qualifier: data.Before}, ""},
		{"after 2023-11", data.Date{Value: "2023-11", Precision: data.Month, Qualifier: data.After}, ""},
		{"about 2025-04-01", data.Date{Value: "2025-04-01", Precision: data.Day, Qualifier: data.About}, ""},
		{"By  2026", data.Date{Value: "2026", Precision: data.Year, Qualifier: data.By}, "by 2026"},
		{"undated", data.Date{Precision: data.Undated}, ""},
		{"Undated", data.Date{Precision: data.Undated}, "undated"},
		{"before 45964", data.Date{Value: "2025-11-03", Precision: data.Day, Qualifier: data.Before}, "before 2025-11-03"},
		{"around 2025", data.Date{}, ""},
		{"by", data.Date{}, ""},
		{"by undated", data.Date{}, ""},
		{"2026 by", data.Date{}, ""},
		{"", data.Date{}, ""},
	} {
		v, msg := parseCell(column{kind: kDate}, c.in, "")
		if c.want.Precision == "" {
			if msg == "" || !strings.Contains(msg, "before 2027") {
				t.Errorf("%q: read as %v, want refused with the forms a date takes (got %q)", c.in, v, msg)
			}
			continue
		}
		var got data.Date
		if msg != "" || !decodeInto(v, &got) || got != c.want {
			t.Errorf("%q: got %+v %q, want %+v", c.in, got, msg, c.want)
			continue
		}
		want := c.cell
		if want == "" {
			want = c.in
		}
		if out := cellValue(column{kind: kDate}, toGeneric(t, c.want)); out != want {
			t.Errorf("%+v written as %q, want %q", c.want, out, want)
		}
	}
}

// TestTypedQualifiedAndUndated: dates a person types into the cells of the
// bundled workbook (a qualified one, an undated one) load as such.
func TestTypedQualifiedAndUndated(t *testing.T) {
	var rel, ev, st, mem string
	b := edit(t, workbook(t, bundled(t)), func(f *excelize.File) {
		rel = set1(t, f, "Relations", "date", 2, "before 2027")
		ev = set1(t, f, "Events", "date", 2, "undated")
		st = set1(t, f, "Statements", "date", 2, "about 2025-10")
		mem = set1(t, f, "Members", "joined", 2, "by 2025-11")
	})
	ds, _, err := Load("typed.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cell      string
		got, want data.Date
	}{
		{rel, ds.Relations[0].Date, data.Date{Value: "2027", Precision: data.Year, Qualifier: data.Before}},
		{ev, ds.Events[0].Date, data.Date{Precision: data.Undated}},
		{st, ds.Statements[0].Date, data.Date{Value: "2025-10", Precision: data.Month, Qualifier: data.About}},
		{mem, *ds.Camps[0].Members[0].Joined, data.Date{Value: "2025-11", Precision: data.Month, Qualifier: data.By}},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.cell, c.got, c.want)
		}
	}
}

// TestStatementErrorsAtCells: a statement's problems, its speaker's
// company and its date, are reported at their cells of the Statements sheet.
func TestStatementErrorsAtCells(t *testing.T) {
	var want []string
	b := edit(t, workbook(t, bundled(t)), func(f *excelize.File) {
		want = []string{
			"camps.xlsx: " + set1(t, f, "Statements", "speaker.company", 3, "openaix") + `: unknown company "openaix" (did you mean "openai"?)`,
			"camps.xlsx: " + set1(t, f, "Statements", "date", 4, "soon 2026") + `: "soon 2026" is not a date`,
			"camps.xlsx: " + set1(t, f, "Statements", "date", 5, "") + `: missing required field "date"`,
			"camps.xlsx: " + set1(t, f, "Statements", "about", 6, "no-such-event") + `: unknown event "no-such-event"`,
		}
	})
	wantErrors(t, loadErrors(t, b), want)
}

// decodeInto reads a generic JSON value into out.
func decodeInto(v any, out any) bool {
	b, err := json.Marshal(v)
	return err == nil && json.Unmarshal(b, out) == nil
}

// toGeneric is v as the generic JSON value the writer walks.
func toGeneric(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDateColumnsAreText: date columns are formatted as text, so that a
// spreadsheet keeps a typed 2025-11 as typed, and prompt with the forms.
func TestDateColumnsAreText(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, bundled(t))))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct{ sheet, col string }{{"Relations", "date"}, {"Relations", "reported"}, {"Camps", "formed"}, {"Members", "joined"}, {"Statements", "date"}, {"Series", "date"}} {
		cell := at(t, f, c.sheet, c.col, 2)
		col := strings.TrimRight(cell, "0123456789")
		id, err := f.GetColStyle(c.sheet, col)
		if err != nil {
			t.Fatal(err)
		}
		if st, err := f.GetStyle(id); err != nil || st.NumFmt != 49 {
			t.Errorf("%s!%s (%s): number format %v, want text (49)", c.sheet, col, c.col, st)
		}
		if id, _ := f.GetCellStyle(c.sheet, col+"1"); id == 0 {
			t.Errorf("%s!%s1: the header lost its style", c.sheet, col)
		}
		dvs, _ := f.GetDataValidations(c.sheet)
		ok := false
		for _, dv := range dvs {
			ok = ok || strings.HasPrefix(dv.Sqref, col+"2:") && dv.Prompt != nil && strings.Contains(*dv.Prompt, "undated")
		}
		if !ok {
			t.Errorf("%s!%s (%s): no prompt with the date forms", c.sheet, col, c.col)
		}
	}
}

// TestDateRangeAtCell: a date whose derived day before or after has no
// four-digit year (after 9999, after the last day of 9999 as text or as the
// spreadsheet's serial 2958465, before 0001) is refused at its cell; its
// neighbours load.
func TestDateRangeAtCell(t *testing.T) {
	for _, c := range []struct {
		in  string
		bad bool
	}{
		{"after 9999", true},
		{"after 9998", false},
		{"after 9999-12-31", true},
		{"after 2958465", true}, // 9999-12-31 as the spreadsheet's serial
		{"after 9999-12-30", false},
		{"9999-12-31", false},
		{"before 0001", true},
		{"before 0002", false},
	} {
		t.Run(c.in, func(t *testing.T) {
			var cell string
			b := edit(t, workbook(t, bundled(t)), func(f *excelize.File) {
				cell = at(t, f, "Events", "date", 2)
				if err := f.SetCellValue("Events", cell, c.in); err != nil {
					t.Fatal(err)
				}
			})
			_, _, err := Load("dates.xlsx", b)
			if !c.bad {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			want := "dates.xlsx: Events!" + cell + ": found "
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "it is a date too") {
				t.Errorf("err = %v, want %q… it is a date too", err, want)
			}
		})
	}
}

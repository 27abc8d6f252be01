package sheet

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, value, precision string }{
		{"2025", "2025", "year"},
		{"2025-11", "2025-11", "month"},
		{"2025-11-03", "2025-11-03", "day"},
		{"45964", "2025-11-03", "day"}, // a spreadsheet's own date
		{"45964.5", "2025-11-03", "day"},
		{"2025-13", "", ""},
		{"2025-02-30", "", ""},
		{"3 Nov 2025", "", ""},
		{"", "", ""},
	} {
		v, p, ok := parseDate(c.in)
		if v != c.value || p != c.precision || ok != (c.value != "") {
			t.Errorf("parseDate(%q) = %q %q %v, want %q %q", c.in, v, p, ok, c.value, c.precision)
		}
	}
}

func TestParseNumber(t *testing.T) {
	col := column{name: "valueUSD", kind: kNumber}
	for _, c := range []struct{ in, unit, want, msg string }{
		{"38000000000", "", "38000000000", ""},
		{"3.8E+10", "", "38000000000", ""},
		{"380", "亿", "38000000000", ""},
		{"38", "billion", "38000000000", ""},
		{"380 亿", "", "", `"380 亿" is not a number: write 38000000000 or use the unit column valueUSD.unit`},
		{"$38bn", "", "", `"$38bn" is not a number: write 38000000000 or use the unit column valueUSD.unit`},
		{"lots", "", "", `"lots" is not a number: write a plain number`},
		{"38", "zillion", "", `unknown unit "zillion"`},
	} {
		v, msg := parseCell(col, c.in, c.unit)
		if c.msg != "" {
			if !strings.HasPrefix(msg, c.msg) {
				t.Errorf("%q %q: message %q, want %q…", c.in, c.unit, msg, c.msg)
			}
			continue
		}
		if msg != "" || v == nil {
			t.Errorf("%q %q: %q", c.in, c.unit, msg)
			continue
		}
		got, _ := strconv.ParseFloat(v.(interface{ String() string }).String(), 64)
		if want, _ := strconv.ParseFloat(c.want, 64); got != want {
			t.Errorf("%q %q = %v, want %s", c.in, c.unit, got, c.want)
		}
	}
}

// TestRealDateCell: a date the spreadsheet holds as a date reads as a day.
func TestRealDateCell(t *testing.T) {
	var cell string
	b := edit(t, workbook(t, bundled(t)), func(f *excelize.File) {
		cell = at(t, f, "Events", "date", 2)
		if err := f.SetCellValue("Events", cell, time.Date(2023, 11, 17, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	})
	ds, _, err := Load("dates.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	if d := ds.Events[0].Date; d.Value != "2023-11-17" || d.Precision != "day" {
		t.Errorf("Events!%s: got %+v", cell, d)
	}
}

// TestUnknownSheetWarned: a sheet the reader skips is named, with the
// sheet it may have meant.
func TestUnknownSheetWarned(t *testing.T) {
	b := edit(t, workbook(t, bundled(t)), func(f *excelize.File) { f.NewSheet("Evnts") })
	_, warns, err := Load("x.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || warns[0].String() != `x.xlsx: Evnts!A1: the sheet is not read (did you mean "Events"?)` {
		t.Errorf("warnings %v", warns)
	}
}

package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestWorkbookIsFriendly: a README sheet first, every data sheet with its
// header frozen, widths set, and drop-down lists on type, status, kind and
// the company columns (a statement's speaker.company too).
func TestWorkbookIsFriendly(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, bundled(t))))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"README", "Dataset", "Sources", "Companies", "Camps", "Members", "Relations", "Events", "Statements", "Eras", "Series", "Charts"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets %v, want %v", got, want)
	}
	readme, _ := f.GetRows("README")
	for _, s := range want[1:] {
		found := false
		for _, r := range readme {
			found = found || len(r) > 1 && r[0] == s && r[1] != ""
		}
		if !found {
			t.Errorf("README explains no sheet %s", s)
		}
	}
	lists := map[string][]string{
		"Companies":  {"kind", "status"},
		"Relations":  {"from", "to", "type", "status"},
		"Events":     {"type", "status"},
		"Members":    {"camp", "company"},
		"Series":     {"unit", "company", "status", "bound", "relation"},
		"Statements": {"speaker.company", "status"},
		"Charts":     {"kind"},
	}
	for _, s := range want[2:] {
		panes, err := f.GetPanes(s)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes %+v, want the header row frozen", s, panes)
		}
		if w, _ := f.GetColWidth(s, "A"); w < 8 {
			t.Errorf("%s: column A is %v wide", s, w)
		}
		dvs, _ := f.GetDataValidations(s)
		for _, col := range lists[s] {
			c := at(t, f, s, col, 2)
			c = strings.TrimRight(c, "0123456789")
			ok := false
			for _, dv := range dvs {
				ok = ok || strings.HasPrefix(dv.Sqref, c+"2:") && dv.Type == "list"
			}
			if !ok {
				t.Errorf("%s: column %s (%s) has no drop-down list", s, col, c)
			}
		}
	}
}

package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
)

// TestConvertBothWays: camps.json → camps.xlsx → camps.json gives back the
// bundled dataset (data/sheet's round-trip test compares record by record),
// and validate takes the workbook.
func TestConvertBothWays(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "camps.json")
	if err := os.WriteFile(in, assets.CampsJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	xlsx, back := filepath.Join(dir, "camps.xlsx"), filepath.Join(dir, "back.json")
	if code, _, errs := runArgs("convert", in, xlsx); code != 0 {
		t.Fatalf("convert to xlsx: exit %d: %s", code, errs)
	}
	code, out, errs := runArgs("validate", xlsx)
	if code != 0 || errs != "" || !strings.HasPrefix(out, xlsx+": ok: ") {
		t.Fatalf("validate xlsx: exit %d, %q, %q", code, out, errs)
	}
	if code, _, errs := runArgs("convert", xlsx, back); code != 0 {
		t.Fatalf("convert to json: exit %d: %s", code, errs)
	}
	got, _ := os.ReadFile(back)
	a, err := data.Load("back.json", got)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := data.Bundled()
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Errorf("camps.json → xlsx → json is not the bundled dataset")
	}
}

// TestConvertBadWorkbookWritesNothing: an invalid workbook gives its errors
// at their cells and leaves the output alone.
func TestConvertBadWorkbookWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.xlsx")
	os.WriteFile(bad, []byte("id,name\nopenai,OpenAI\n"), 0o644)
	out := filepath.Join(dir, "out.json")
	os.WriteFile(out, []byte("keep"), 0o644)
	code, _, errs := runArgs("convert", bad, out)
	if code != 1 || !strings.HasPrefix(errs, bad+": the file is text (CSV?), not an XLSX workbook") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "keep" {
		t.Errorf("the output was changed: %q", b)
	}
}

// kumuFile writes a small Kumu-style workbook (no status, a guessed type).
func kumuFile(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Elements")
	f.NewSheet("Connections")
	for i, row := range [][]any{{"Label", "Type", "Tags"}, {"OpenAI", "Model Lab", "camp:OpenAI"}, {"Amazon", "Cloud", "camp:OpenAI"}, {"Startup X", "Startup", ""}} {
		f.SetSheetRow("Elements", fmt.Sprintf("A%d", i+1), &row)
	}
	for i, row := range [][]any{{"From", "To", "Type", "Date"}, {"Amazon", "OpenAI", "investment", "2025-11"}, {"Startup X", "OpenAI", "friends", "2024"}} {
		f.SetSheetRow("Connections", fmt.Sprintf("A%d", i+1), &row)
	}
	path := filepath.Join(t.TempDir(), "kumu.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestKumuValidatesAndExports: a Kumu workbook validates with warnings and
// exit 0, and exports.
func TestKumuValidatesAndExports(t *testing.T) {
	path := kumuFile(t)
	code, out, errs := runArgs("validate", path)
	if code != 0 || !strings.HasPrefix(out, path+": ok: 3 companies, 1 camps, 2 relations") {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, w := range []string{path + `: Elements!B4: warning: element type "Startup"`, path + `: Connections!C3: warning: connection type "friends"`, "warning: some connections have no status"} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	dir := t.TempDir()
	if code, _, errs := runArgs("export", "--data", path, "--out", dir, "network"); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	if files, _ := os.ReadDir(dir); len(files) == 0 {
		t.Error("export wrote nothing")
	}
}

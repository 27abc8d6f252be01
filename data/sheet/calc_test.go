package sheet

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
)

// needTool finds a real client; it skips without one unless CI is set,
// where a missing client is a failure.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (make deps installs it)", name)
		}
		t.Skipf("%s is missing", name)
	}
	return p
}

// soffice converts in with LibreOffice to the format to (a file name
// extension and filter) in a folder of its own, and returns the new file.
func soffice(t *testing.T, in, to string) string {
	t.Helper()
	bin := needTool(t, "soffice")
	dir := t.TempDir()
	cmd := exec.Command(bin, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", to, "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	ext, _, _ := strings.Cut(to, ":")
	out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+ext)
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("soffice wrote no %s", out)
	}
	return out
}

// TestCalcOpensAndSaves: LibreOffice Calc opens the workbook, shows a
// would-be formula as text, and the workbook it saves again reads back with
// every record (Calc keeps 15 significant digits of a number, as Excel).
func TestCalcOpensAndSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("runs LibreOffice")
	}
	ds := bundled(t)
	ds.Companies[0].Note.En = `=HYPERLINK("http://x","y")`
	in := filepath.Join(t.TempDir(), "camps.xlsx")
	if err := os.WriteFile(in, workbook(t, ds), 0o644); err != nil {
		t.Fatal(err)
	}
	saved := soffice(t, in, "xlsx:Calc Office Open XML")
	b, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := Load("calc.xlsx", b)
	if err != nil {
		t.Fatal(err)
	}
	want := round15(t, ds)
	sameRecords(t, want, round15(t, got))

	pdf := soffice(t, in, "pdf")
	text, err := exec.Command(needTool(t, "pdftotext"), "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`=HYPERLINK("http://x","y")`, "OpenAI", "anthropic", "compute-contract"} {
		if !strings.Contains(string(text), w) {
			t.Errorf("Calc's PDF lacks %q", w)
		}
	}
}

// round15 is ds with every number kept to 15 significant digits.
func round15(t *testing.T, ds *data.Dataset) *data.Dataset {
	t.Helper()
	var doc any
	b, _ := json.Marshal(ds)
	json.Unmarshal(b, &doc)
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				x[k] = walk(e)
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e)
			}
		case float64:
			f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 15, 64), 64)
			return f
		}
		return v
	}
	b, _ = json.Marshal(walk(doc))
	var out data.Dataset
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

package app

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fixture = "../views/charts/testdata/fixture.json"

func runCLI(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestExportList(t *testing.T) {
	code, out, errs := runCLI("export", "--data", fixture, "--list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	names := strings.Fields(out)
	if len(names) < 7 || names[0] != "network" || names[1] != "timeline" || names[2] != "deal-values" || names[3] != "camp-totals" {
		t.Errorf("--list = %q, want network, timeline, then the charts in data order", names)
	}
}

func TestExportListTakesNoNames(t *testing.T) {
	code, out, errs := runCLI("export", "--data", fixture, "--list", "nosuch")
	if code != 2 || out != "" || !strings.Contains(errs, "--list takes no names") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and a clear message", code, out, errs)
	}
}

func TestExportViews(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := runCLI("export", "--data", fixture, "--out", dir, "--format", "svg", "--as-of", "2025-06-30", "network", "timeline")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, name := range []string{"network", "timeline"} {
		b, err := os.ReadFile(filepath.Join(dir, name+"-2025-06-30.svg"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "30 Jun 2025") {
			t.Errorf("%s.svg does not say it is as of 30 Jun 2025", name)
		}
	}
}

func TestExportHelp(t *testing.T) {
	code, out, _ := runCLI("export", "--help")
	if code != 0 || !strings.Contains(out, "--out DIR") {
		t.Errorf("exit %d, help %q", code, out)
	}
}

func TestExportNamedPNGAndSVG(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCLI("export", "--data", fixture, "--out", dir, "--scale", "1", "--size", "800x450", "deal-values", "end-game")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("stdout = %q, want the two paths", out)
	}
	f, err := os.Open(filepath.Join(dir, "deal-values.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 450 {
		t.Errorf("size %v", b)
	}
	// Names may also come first, options after; SVG in Chinese, dark, as of a date.
	code, _, errs = runCLI("export", "camp-totals", "--data", fixture, "--out", dir, "--format", "svg", "--lang", "zh", "--theme", "dark", "--as-of", "2025-11-04", "--transparent")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "camp-totals-2025-11-04.svg"))
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
	}
	if !bytes.Contains(svg, []byte("截至 2025年11月4日")) || !bytes.Contains(svg, []byte("各阵营交易总额")) {
		t.Error("SVG lacks the Chinese title or as-of label")
	}
}

func TestExportAll(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := runCLI("export", "--data", fixture, "--out", filepath.Join(dir, "new", "sub"), "--format", "svg")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, list, _ := runCLI("export", "--data", fixture, "--list")
	entries, _ := os.ReadDir(filepath.Join(dir, "new", "sub"))
	if len(entries) != len(strings.Fields(list)) {
		t.Errorf("%d files for %d items", len(entries), len(strings.Fields(list)))
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"version": 1, "charts": [`), 0o644)
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	cases := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"bad format", []string{"--data", fixture, "--out", dir, "--format", "gif"}, `format "gif"`},
		{"bad size", []string{"--data", fixture, "--out", dir, "--size", "10x10"}, "size 10x10"},
		{"bad scale", []string{"--data", fixture, "--out", dir, "--scale", "5"}, "scale 5"},
		{"bad theme", []string{"--data", fixture, "--out", dir, "--theme", "neon"}, "theme"},
		{"bad lang", []string{"--data", fixture, "--out", dir, "--lang", "fr"}, "language"},
		{"bad date", []string{"--data", fixture, "--out", dir, "--as-of", "5 Nov"}, "--as-of"},
		{"unknown flag", []string{"--data", fixture, "--out", dir, "--colour", "x"}, "colour"},
		{"typo", []string{"--data", fixture, "--out", dir, "deal-value"}, `did you mean "deal-values"?`},
		{"unknown", []string{"--data", fixture, "--out", dir, "zzzzzzzz"}, `no chart or view named "zzzzzzzz"`},
		{"missing data", []string{"--data", filepath.Join(dir, "none.json"), "--out", dir}, "none.json"},
		{"bad data", []string{"--data", bad, "--out", dir}, "bad.json"},
		{"unwritable", []string{"--data", fixture, "--out", filepath.Join(file, "sub")}, "cannot create folder"},
	}
	for _, c := range cases {
		code, _, errs := runCLI(append([]string{"export"}, c.args...)...)
		if code == 0 {
			t.Errorf("%s: exit 0", c.name)
		}
		if !strings.Contains(errs, c.want) {
			t.Errorf("%s: stderr %q lacks %q", c.name, errs, c.want)
		}
		if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
			t.Errorf("%s: a stack trace: %s", c.name, errs)
		}
	}
}

func TestExportKeepsOldFileOnFailure(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root can write in a read-only folder")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "deal-values.png"), []byte("old"), 0o644)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	code, _, errs := runCLI("export", "--data", fixture, "--out", dir, "deal-values")
	if code == 0 || !strings.Contains(errs, "cannot write in") {
		t.Errorf("exit %d, %s", code, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "deal-values.png")); string(b) != "old" {
		t.Error("old file changed")
	}
}

func TestClosest(t *testing.T) {
	known := []string{"deal-values", "camp-totals", "end-game", "network"}
	for in, want := range map[string]string{"deal-value": "deal-values", "camp": "camp-totals", "netwrok": "network", "xyzzy": "", "endgame": "end-game"} {
		if got := closest(in, known); got != want {
			t.Errorf("closest(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParseExport: any argument list gives options that pass Check, or an
// error; never a panic.
func FuzzParseExport(f *testing.F) {
	for _, s := range []string{"--out d", "--size 4:3 --scale 3 --out d x y", "--as-of 2025-13-01", "--format svg --theme dark --list", "-scale=-1", "--size 1x1 --out ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := parseExport(strings.Fields(s))
		if err != nil {
			return
		}
		if err := a.opts.Check(); err != nil {
			t.Errorf("%q parsed into bad options: %v", s, err)
		}
		if a.out == "" && a.file == "" {
			t.Errorf("%q: neither --out nor -o, but no error", s)
		}
	})
}

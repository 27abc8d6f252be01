package app

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
)

// aicamps export --format pdf writes NAME.pdf, one page, its text text.
func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := runCLI("export", "--data", fixture, "--out", dir, "--format", "pdf", "--lang", "zh", "--as-of", "2025-06-30", "network")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	path := filepath.Join(dir, "network-2025-06-30.pdf") // dated, as --as-of names it
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("network.pdf starts %q", b[:min(len(b), 8)])
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing (make deps installs poppler-utils)")
		}
		t.Skip("pdftotext is missing")
	}
	out, err := exec.Command(pdftotext, path, "-").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "2025年6月30日") {
		t.Errorf("pdftotext: %v, no as-of date in:\n%s", err, out)
	}
}

// The export dialog offers PDF, and remembers it.
func TestExportFormPDF(t *testing.T) {
	prefs := test.NewTempApp(t).Preferences()
	f := newExportForm(prefs)
	f.format.SetSelected("PDF")
	o, size, err := f.options()
	if err != nil || o.Format != export.PDF {
		t.Fatalf("PDF chosen: %+v %v", o, err)
	}
	f.remember(prefs, o, size)
	if g := newExportForm(prefs); g.format.Selected != "PDF" {
		t.Errorf("reopened form has %q", g.format.Selected)
	}
}

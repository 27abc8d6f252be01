package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// needClient finds the program users open a format with; the test skips
// without it, except under CI, where a missing client is a failure.
func needClient(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (make deps installs it)", name)
		}
		t.Skipf("%s not found (make deps installs it)", name)
	}
	return p
}

// impressPDF converts a deck with LibreOffice Impress, notes pages after
// the slides, and returns the PDF's page count and its text.
func impressPDF(t *testing.T, deck string) (pages int, text string) {
	t.Helper()
	soffice := needClient(t, "soffice")
	needClient(t, "pdftotext")
	dir := filepath.Dir(deck)
	// A profile of its own: a user's running LibreOffice, or another test's,
	// would otherwise take the conversion over or lock it.
	profile := "file://" + filepath.Join(t.TempDir(), "lo")
	cmd := exec.Command(soffice, "-env:UserInstallation="+profile, "--headless", "--convert-to",
		`pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}`, "--outdir", dir, deck)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := strings.TrimSuffix(deck, filepath.Ext(deck)) + ".pdf"
	info, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatalf("Impress wrote no readable PDF (%v): the deck did not open", err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: %s", info)
	}
	pages, _ = strconv.Atoi(string(m[1]))
	txt, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return pages, string(txt)
}

// The deck opens in Impress: a slide and a notes page per item, the
// titles in the chosen language, the sources in the notes.
func TestDeckOpensInImpress(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		lang  string
		want  []string
		names []string
	}{
		{"en", []string{"Deal values", "Three end-games", "Source: ", "Statuses shown: ", "¶"}, []string{"deal-values", "end-game", "network"}},
		{"zh", []string{"各阵营交易总额", "来源：", "所示状态：", "第"}, []string{"camp-totals", "timeline"}},
	} {
		deck := filepath.Join(dir, "deck-"+c.lang+".pptx")
		args := append([]string{"export", "--data", fixture, "--lang", c.lang, "--scale", "1", "-o", deck}, c.names...)
		if code, _, errs := runCLI(args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.lang, code, errs)
		}
		pages, text := impressPDF(t, deck)
		if pages != 2*len(c.names) {
			t.Errorf("%s: %d pages, want %d slides and as many notes pages", c.lang, pages, 2*len(c.names))
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the PDF lacks %q:\n%s", c.lang, w, text)
			}
		}
	}
}

// The replay deck: a slide and notes per step, each titled with its date.
func TestReplayDeckOpensInImpress(t *testing.T) {
	deck := filepath.Join(t.TempDir(), "story.pptx")
	if code, _, errs := runCLI("export", "--data", fixture, "--replay", "--scale", "1", "-o", deck, "network"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	pages, text := impressPDF(t, deck)
	ds, _ := loadData(fixture)
	steps := replaySteps(ds)
	if pages != 2*len(steps) {
		t.Errorf("%d pages for %d steps", pages, len(steps))
	}
	for _, st := range steps {
		if day := replayDay(st.day, "en"); !strings.Contains(text, day) {
			t.Errorf("no slide says %s", day)
		}
	}
}

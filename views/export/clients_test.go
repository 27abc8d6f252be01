package export_test

import (
	"bytes"
	imgpng "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// poppler is the path of a real client (poppler, librsvg, xmllint); it may
// be missing only outside CI.
func poppler(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (make deps installs it)", name)
		}
		t.Skipf("%s is missing (make deps installs it)", name)
	}
	return p
}

// TestSVGInClients opens the network, the timeline and a chart, in both
// languages, in xmllint (well-formed) and librsvg (draws at the root's size).
func TestSVGInClients(t *testing.T) {
	xmllint, rsvg := poppler(t, "xmllint"), poppler(t, "rsvg-convert")
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	for _, lang := range []string{"en", "zh"} {
		for _, it := range []export.Item{network.Item(ds, lang, asOf), timeline.Item(ds, lang, asOf), charts.Items(ds, lang, asOf)[0]} {
			o := export.Defaults()
			o.Format, o.Lang, o.Width, o.Height = export.SVG, lang, 1280, 720
			var b bytes.Buffer
			if err := export.Render(&b, it.Apply(o), it.Draw); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, it.Name+"-"+lang+".svg")
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			popplerOut(t, xmllint, "--noout", path)
			png := path + ".png"
			popplerOut(t, rsvg, "-o", png, path)
			f, err := os.Open(png)
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := imgpng.DecodeConfig(f)
			f.Close()
			if err != nil || cfg.Width != 1280 || cfg.Height != 720 {
				t.Errorf("%s: librsvg drew %dx%d (%v), want 1280x720", filepath.Base(path), cfg.Width, cfg.Height, err)
			}
		}
	}
}

func popplerOut(t *testing.T, prog string, args ...string) string {
	t.Helper()
	out, err := exec.Command(prog, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", filepath.Base(prog), args, err, out)
	}
	return string(out)
}

// TestPDFInPoppler writes one PDF of four pages (the network in English,
// the timeline and a chart in Chinese, a chart in English at 4:3) and
// checks it as its readers see it: page sizes in points, every font
// embedded, the labels found as text in both languages, no raster image on
// any page, and the 4.6 MB font subset.
func TestPDFInPoppler(t *testing.T) {
	pdffonts, pdftotext, pdfimages, pdfinfo := poppler(t, "pdffonts"), poppler(t, "pdftotext"), poppler(t, "pdfimages"), poppler(t, "pdfinfo")
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)
	chartEN, chartZH := charts.Items(ds, "en", asOf)[0], charts.Items(ds, "zh", asOf)[0]
	items := []export.Item{network.Item(ds, "en", asOf), timeline.Item(ds, "zh", asOf), chartZH, chartEN}
	pages := make([]export.Page, len(items))
	for i, it := range items {
		o := export.Defaults()
		o.Lang = []string{"en", "zh", "zh", "en"}[i]
		if i == 3 {
			o.Width, o.Height, o.Theme = 1600, 1200, export.Dark
		}
		pages[i] = export.Page{Options: it.Apply(o), Draw: it.Draw}
	}
	var b bytes.Buffer
	if err := export.RenderPDF(&b, pages); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 2<<20 {
		t.Errorf("PDF is %d bytes: the font is not subset", b.Len())
	}
	path := filepath.Join(t.TempDir(), "all.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	info := popplerOut(t, pdfinfo, "-f", "1", "-l", "4", path)
	for i, want := range []string{"1920 x 1080 pts", "1920 x 1080 pts", "1920 x 1080 pts", "1600 x 1200 pts"} {
		if !regexp.MustCompile(`Page +` + string(rune('1'+i)) + ` size: +` + want).MatchString(info) {
			t.Errorf("page %d is not %s:\n%s", i+1, want, info)
		}
	}
	fonts := strings.Split(strings.TrimSpace(popplerOut(t, pdffonts, path)), "\n")
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", strings.Join(fonts, "\n"))
	}
	for _, row := range fonts[2:] {
		if f := strings.Fields(row); len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", row)
		}
	}
	for i, words := range [][]string{{network.Item(ds, "en", asOf).Title, "OpenAI", "Microsoft"}, {"OpenAI"}, {chartZH.Title}, {chartEN.Title}} {
		page := string(rune('1' + i))
		text := popplerOut(t, pdftotext, "-f", page, "-l", page, path, "-")
		for _, w := range words {
			if !strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(w), " ")) {
				t.Errorf("page %s: pdftotext finds no %q in:\n%s", page, w, text)
			}
		}
	}
	if !strings.ContainsAny(popplerOut(t, pdftotext, "-f", "2", "-l", "2", path, "-"), "年月") {
		t.Error("page 2 (timeline, zh) has no Chinese text")
	}
	if imgs := strings.Split(strings.TrimSpace(popplerOut(t, pdfimages, "-list", path)), "\n"); len(imgs) > 2 {
		t.Errorf("pages hold raster images:\n%s", strings.Join(imgs, "\n"))
	}
}

// A PDF needs a page, and each page's options are checked.
func TestRenderPDFErrors(t *testing.T) {
	var b bytes.Buffer
	if err := export.RenderPDF(&b, nil); err == nil {
		t.Error("no pages: no error")
	}
	o := export.Defaults()
	o.Width = 10
	err := export.RenderPDF(&b, []export.Page{{Options: export.Defaults(), Draw: func(export.Frame) error { return nil }}, {Options: o}})
	if err == nil || !strings.Contains(err.Error(), "page 2") {
		t.Errorf("bad size on page 2: error %v", err)
	}
}

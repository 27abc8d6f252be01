package export_test

import (
	"bytes"
	"image"
	imgpng "image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/clients"
	"github.com/aicamps/aicamps/views/internal/golden"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// TestSVGInClients opens the network, the timeline and a chart, in both
// languages, in xmllint (well-formed) and librsvg (draws at the root's size).
func TestSVGInClients(t *testing.T) {
	xmllint, rsvg := clients.Find(t, "xmllint"), clients.Find(t, "rsvg-convert")
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
	return clients.Run(t, prog, args...)
}

// TestFormatsAgree draws the network, the timeline and two charts as PNG,
// SVG and PDF, in both languages, and compares the SVG as librsvg draws it
// and the PDF as poppler draws it with the PNG: the same layout, text and
// colours, within the anti-aliasing the renderers differ by. This is what
// makes the slide the screen (the screen draws as the PNG does).
func TestFormatsAgree(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)
	for _, lang := range []string{"en", "zh"} {
		items := charts.Items(ds, lang, asOf)
		for _, it := range []export.Item{network.Item(ds, lang, asOf), timeline.Item(ds, lang, asOf), items[0], items[len(items)-1]} {
			t.Run(it.Name+"-"+lang, func(t *testing.T) {
				o := it.Apply(export.Defaults())
				o.Lang, o.Width, o.Height, o.Scale = lang, 1280, 720, 1
				pic := func(format string) []byte {
					o.Format = format
					var b bytes.Buffer
					if err := export.Render(&b, o, it.Draw); err != nil {
						t.Fatal(err)
					}
					return b.Bytes()
				}
				want, err := imgpng.Decode(bytes.NewReader(pic(export.PNG)))
				if err != nil {
					t.Fatal(err)
				}
				for format, got := range map[string]image.Image{"svg": clients.RSVG(t, pic(export.SVG)), "pdf": clients.PDFPage(t, pic(export.PDF), 1)} {
					mean, share, err := golden.Distance(want, got)
					if err != nil {
						t.Fatalf("%s: %v", format, err)
					}
					t.Logf("%s: mean %.2f, share %.4f", format, mean, share)
					if mean > viewMean || share > viewShare {
						t.Errorf("%s differs from the PNG: mean %.2f (max %.1f), share %.4f (max %.3f)", format, mean, viewMean, share, viewShare)
					}
				}
			})
		}
	}
}

// Tolerances of TestFormatsAgree, above the conformance table's: the PNG's
// pixel painters snap some edges to whole pixels where vectors do not.
const (
	viewMean  = 2.5
	viewShare = 0.012
)

// TestPDFInPoppler writes one PDF of four pages (the network in English,
// the timeline and a chart in Chinese, a chart in English at 4:3) and
// checks it as its readers see it: page sizes in points, every font
// embedded, the labels found as text in both languages, no raster image on
// any page, and the 4.6 MB font subset.
func TestPDFInPoppler(t *testing.T) {
	pdffonts, pdftotext, pdfimages, pdfinfo := "pdffonts", "pdftotext", "pdfimages", "pdfinfo"
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
	if !regexp.MustCompile(`Title: +` + regexp.QuoteMeta(items[0].Title)).MatchString(info) {
		t.Errorf("the document is not titled %q:\n%s", items[0].Title, info)
	}
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

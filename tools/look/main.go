// Command look writes every view of the bundled data as PNG, SVG and PDF,
// in English and Chinese, for a person to open, and beside them NAME-LANG-
// side.png: the PNG, the SVG as librsvg draws it and the PDF as poppler
// draws it, side by side (when rsvg-convert and pdftoppm are installed).
// Below that, network/, timeline/, charts/, widgets/ and interop/ hold the
// pictures for before/after comparison: the test fixtures, synthetic big
// data, gesture redraws, the widgets as Fyne's test driver paints them and
// TimelineJS3's page in headless Chromium. Run it from the module's root.
//
//	go run ./tools/look -out look   (make look)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

func main() {
	out := flag.String("out", "look", "folder to write into")
	size := flag.String("size", "1280x720", "picture size, WxH or a preset")
	flag.Parse()
	if err := run(*out, *size); err != nil {
		fmt.Fprintln(os.Stderr, "look:", err)
		os.Exit(1)
	}
}

func run(out, size string) error {
	w, h, err := export.ParseSize(size)
	if err != nil {
		return err
	}
	ds, err := data.Bundled()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	asOf := time.Now()
	for _, lang := range []string{"en", "zh"} {
		items := append([]export.Item{network.Item(ds, lang, asOf), timeline.Item(ds, lang, asOf)}, charts.Items(ds, lang, asOf)...)
		items = append(items, seenItems(ds, lang, asOf)...)
		for _, it := range items {
			base := filepath.Join(out, it.Name+"-"+lang)
			var pics []image.Image
			for _, format := range []string{export.PNG, export.SVG, export.PDF} {
				o := export.Defaults()
				o.Seen.Framed = true // the -seen items' framing; the others have none
				o = it.Apply(o)
				o.Format, o.Lang, o.Width, o.Height, o.Scale = format, lang, w, h, 1
				path := base + "." + format
				if err := export.WriteFile(path, func(wr io.Writer) error { return export.Render(wr, o, it.Draw) }); err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				if img, err := picture(path, format); err == nil && img != nil {
					pics = append(pics, img)
				} else if err != nil {
					fmt.Fprintf(os.Stderr, "look: %s: %v (side by side without it)\n", path, err)
				}
			}
			if err := side(base+"-side.png", pics); err != nil {
				return err
			}
			fmt.Println(base)
		}
	}
	return more(out, ds)
}

// seenItems are the network and the timeline as a user may leave them
// before exporting "what you see": OpenAI selected and the picture framed
// around it; the timeline filtered to Anthropic, zoomed to 2025, lit.
func seenItems(ds *data.Dataset, lang string, asOf time.Time) []export.Item {
	opt := network.LayoutOptions{Seed: network.DefaultSeed}
	pos := network.Layout(ds, opt)
	c := pos["openai"]
	nw := network.SceneItem(network.Scene{Data: ds, Pos: pos, Layout: opt, Lang: lang, AsOf: asOf, Selected: "openai",
		Framing: r2.Box{Min: r2.Vec{X: c.X - 420, Y: c.Y - 240}, Max: r2.Vec{X: c.X + 420, Y: c.Y + 240}}})
	tl := timeline.ItemFor(timeline.Scene{Data: ds, AsOf: asOf, Query: timeline.Query{Company: "anthropic"}, Highlight: []string{"anthropic"},
		From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, lang)
	nw.Name, tl.Name = "network-seen", "timeline-seen"
	return []export.Item{nw, tl}
}

// picture is what a user's client draws of a file: the PNG itself, the SVG
// through librsvg, page 1 of the PDF through pdftoppm at a pixel a point.
func picture(path, format string) (image.Image, error) {
	var cmd *exec.Cmd
	switch format {
	case export.PNG:
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return png.Decode(f)
	case export.SVG:
		cmd = exec.Command("rsvg-convert", path)
	case export.PDF:
		cmd = exec.Command("pdftoppm", "-r", "72", "-png", "-singlefile", path)
	}
	if _, err := exec.LookPath(cmd.Args[0]); err != nil {
		return nil, nil
	}
	var b bytes.Buffer
	cmd.Stdout = &b
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	return png.Decode(&b)
}

// side writes the pictures left to right.
func side(path string, pics []image.Image) error {
	if len(pics) == 0 {
		return nil
	}
	w, h := 0, 0
	for _, p := range pics {
		w += p.Bounds().Dx()
		h = max(h, p.Bounds().Dy())
	}
	all := image.NewRGBA(image.Rect(0, 0, w, h))
	x := 0
	for _, p := range pics {
		draw.Draw(all, p.Bounds().Sub(p.Bounds().Min).Add(image.Pt(x, 0)), p, p.Bounds().Min, draw.Src)
		x += p.Bounds().Dx()
	}
	return export.WriteFile(path, func(wr io.Writer) error { return png.Encode(wr, all) })
}

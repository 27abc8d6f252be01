package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// The pictures the views' look tests used to write (NETWORK_LOOK, the
// timeline's and charts' -look, INTEROP_LOOK), now in subfolders of -out:
// the test fixtures, synthetic big data, gesture states and the widgets as
// Fyne's test driver paints them.

// writer writes pictures under one folder and remembers the first error.
type writer struct {
	dir string
	err error
}

func (w *writer) file(name string, write func(io.Writer) error) {
	if w.err != nil {
		return
	}
	if w.err = os.MkdirAll(w.dir, 0o755); w.err != nil {
		return
	}
	path := filepath.Join(w.dir, name)
	if err := export.WriteFile(path, write); err != nil {
		w.err = fmt.Errorf("%s: %w", path, err)
	}
}

// export writes it exported with o.
func (w *writer) export(name string, it export.Item, o export.Options) {
	w.file(name, func(wr io.Writer) error { return export.Render(wr, it.Apply(o), it.Draw) })
}

// image writes a w×h light screen frame drawn by draw.
func (w *writer) image(name string, wd, ht int, lang string, draw func(export.Frame) error) {
	img, err := export.Image(wd, ht, 1, export.Light, lang, draw)
	if err != nil {
		w.err = fmt.Errorf("%s: %w", name, err)
		return
	}
	w.png(name, img)
}

func (w *writer) png(name string, img image.Image) {
	w.file(name, func(wr io.Writer) error { return png.Encode(wr, img) })
}

func opts(format, lang string, th export.Theme, scale, wd, ht int) export.Options {
	o := export.Defaults()
	o.Format, o.Lang, o.Theme, o.Scale = format, lang, th, scale
	if wd > 0 {
		o.Width, o.Height = wd, ht
	}
	return o
}

var themes = []export.Theme{export.Light, export.Dark}

// more writes everything but the main pictures of run.
func more(out string, bundled *data.Dataset) error {
	steps := []func(string, *data.Dataset) error{lookNetwork, lookTimeline, lookCharts, lookWidgets, lookTimelineJS, lookRaster}
	for _, step := range steps {
		if err := step(out, bundled); err != nil {
			return err
		}
	}
	return nil
}

func loadFixture(view string) (*data.Dataset, error) {
	return data.LoadFile(filepath.Join("views", view, "testdata", "fixture.json"))
}

// lookNetwork: the fixture in both languages and themes at 1× and 2×, a
// dated picture, and the bundled data and synth 1,000/3,000/2,000 at two
// slide sizes with the gestures' redraws (pan, zoom, hover, a drag).
func lookNetwork(out string, bundled *data.Dataset) error {
	w := &writer{dir: filepath.Join(out, "network")}
	fx, err := loadFixture("network")
	if err != nil {
		return err
	}
	w.export("fixture-en-asof-2024-06.png", network.Item(fx, "en", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)), opts(export.PNG, "en", export.Light, 1, 0, 0))
	for _, lang := range []string{"en", "zh"} {
		for _, th := range themes {
			it := network.Item(fx, lang, time.Time{})
			for _, c := range []struct {
				format string
				scale  int
			}{{export.PNG, 1}, {export.PNG, 2}, {export.SVG, 1}} {
				w.export(fmt.Sprintf("fixture-%s-%s-%dx.%s", lang, th.Name, c.scale, c.format), it, opts(c.format, lang, th, c.scale, 0, 0))
			}
		}
	}
	sets := []struct {
		name string
		ds   *data.Dataset
	}{{"bundled", bundled}, {"synth1000", synth.Dataset(1000, 3000, 2000, 1)}}
	for _, s := range sets {
		for _, lang := range []string{"en", "zh"} {
			it := network.Item(s.ds, lang, time.Time{})
			for _, size := range [][2]int{{1280, 800}, {1920, 1080}} {
				for _, format := range []string{export.PNG, export.SVG} {
					w.export(fmt.Sprintf("%s-%s-%dx%d.%s", s.name, lang, size[0], size[1], format), it, opts(format, lang, export.Light, 1, size[0], size[1]))
				}
			}
		}
		gestures(w, s.name, s.ds)
	}
	for _, n := range []int{200, 1000} {
		ds := synth.Dataset(n, n*5/4, 0, 1)
		w.export(fmt.Sprintf("synth-%d.png", n), network.Item(ds, "en", time.Time{}), opts(export.PNG, "en", export.Light, 1, 0, 0))
		opt := network.LayoutOptions{Seed: network.DefaultSeed}
		sc := network.Scene{Data: ds, Pos: network.Layout(ds, opt), Layout: opt, Lang: "en", NoLegend: true}
		w.image(fmt.Sprintf("screen-%d.png", n), 1920, 1080, "en", func(f export.Frame) error { return network.Draw(f, sc) })
	}
	crowded := synth.Dataset(50, 140, 0, 3)
	opt := network.LayoutOptions{Seed: network.DefaultSeed}
	sc := network.Scene{Data: crowded, Pos: network.Layout(crowded, opt), Layout: opt, Lang: "en", NoLegend: true}
	w.image("crowded.png", 960, 540, "en", func(f export.Frame) error { return network.Draw(f, sc) })
	return w.err
}

// gestures draws what a pan, a 2× zoom, a hover on the first company and
// that company dragged show, each as a full screen redraw.
func gestures(w *writer, name string, ds *data.Dataset) {
	opt := network.LayoutOptions{Seed: network.DefaultSeed}
	pos := network.Layout(ds, opt)
	hub := ds.Companies[0].ID
	dragged := make(map[string]r2.Vec, len(pos))
	for id, p := range pos {
		dragged[id] = p
	}
	dragged[hub] = r2.Add(pos[hub], r2.Vec{X: 120, Y: 60})
	for gesture, sc := range map[string]network.Scene{
		"pan":   {Data: ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 1, Pan: r2.Vec{X: 40, Y: -30}},
		"zoom":  {Data: ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 2},
		"hover": {Data: ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 1, Hover: hub, NoLegend: true},
		"drag":  {Data: ds, Pos: dragged, Layout: opt, Lang: "en", Zoom: 1, NoLegend: true},
	} {
		w.image(fmt.Sprintf("%s-image-%s.png", name, gesture), 1920, 1080, "en", func(f export.Frame) error { return network.Draw(f, sc) })
	}
}

// lookTimeline: the bundled data and the fixture in both languages and
// themes, by company with a selection, synth 1,000/3,000/2,000 full, panned,
// zoomed and scrolled, as screen frames and slides.
func lookTimeline(out string, bundled *data.Dataset) error {
	w := &writer{dir: filepath.Join(out, "timeline")}
	fx, err := loadFixture("timeline")
	if err != nil {
		return err
	}
	asOf := time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)
	for _, set := range []struct {
		name string
		ds   *data.Dataset
	}{{"bundled", bundled}, {"fixture", fx}} {
		for _, lang := range []string{"en", "zh"} {
			for _, th := range themes {
				it := timeline.Item(set.ds, lang, asOf)
				for _, scale := range []int{1, 2} {
					w.export(fmt.Sprintf("%s-%s-%s-%dx.png", set.name, lang, th.Name, scale), it, opts(export.PNG, lang, th, scale, 0, 0))
				}
				w.export(fmt.Sprintf("%s-%s-%s.svg", set.name, lang, th.Name), it, opts(export.SVG, lang, th, 1, 0, 0))
			}
		}
	}
	for _, lang := range []string{"en", "zh"} {
		for _, th := range themes {
			it := timeline.ItemFor(timeline.Scene{Data: bundled, Mode: timeline.ByCompany, Selected: "aws-deal", Highlight: []string{"anthropic"}}, lang)
			w.export(fmt.Sprintf("bundled-company-%s-%s.png", lang, th.Name), it, opts(export.PNG, lang, th, 1, 0, 0))
		}
	}
	sy := synth.Dataset(1000, 3000, 2000, 1)
	from, to := timeline.FullRange(sy)
	span := to.Sub(from)
	bf, bt := timeline.FullRange(bundled)
	bspan := bt.Sub(bf)
	scenes := map[string]timeline.Scene{
		"synth-full":   {Data: sy},
		"synth-pan":    {Data: sy, From: from.Add(span / 8), To: to.Add(span / 8)},
		"synth-zoom":   {Data: sy, From: from.Add(span / 4), To: to.Add(-span / 4)},
		"synth-zoom16": {Data: sy, From: from.Add(span * 7 / 16), To: from.Add(span * 9 / 16)},
		"bundled-zoom": {Data: bundled, From: bf.Add(bspan / 4), To: bt.Add(-bspan / 4)},
		"bundled-full": {Data: bundled, AsOf: asOf},
	}
	for name, sc := range scenes {
		for _, lang := range []string{"en", "zh"} {
			w.image(fmt.Sprintf("screen-%s-%s.png", name, lang), 1920, 1080, lang, timeline.DrawFunc(sc))
			for _, size := range [][2]int{{1920, 1080}, {1280, 800}} {
				for _, format := range []string{export.PNG, export.SVG} {
					w.export(fmt.Sprintf("slide-%s-%s-%d.%s", name, lang, size[0], format), timeline.ItemFor(sc, lang), opts(format, lang, export.Light, 1, size[0], size[1]))
				}
			}
		}
	}
	for _, pos := range []float64{0, 3.5, 20} {
		for _, lang := range []string{"en", "zh"} {
			sc := timeline.Scene{Data: sy, Scroll: pos}
			w.image(fmt.Sprintf("scroll-%g-%s.png", pos, lang), 1920, 1080, lang, timeline.DrawFunc(sc))
			o := opts(export.PNG, lang, export.Light, export.Defaults().Scale, 0, 0)
			w.export(fmt.Sprintf("scroll-slide-%g-%s.png", pos, lang), timeline.ItemFor(sc, lang), o)
			sc.Mode = timeline.ByCompany
			w.export(fmt.Sprintf("scroll-company-%g-%s.png", pos, lang), timeline.ItemFor(sc, lang), o)
		}
	}
	return w.err
}

// lookCharts: every chart of the charts' fixture, both languages and
// themes, PNG and SVG.
func lookCharts(out string, _ *data.Dataset) error {
	w := &writer{dir: filepath.Join(out, "charts")}
	fx, err := loadFixture("charts")
	if err != nil {
		return err
	}
	asOf := time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC)
	for _, lang := range []string{"en", "zh"} {
		for _, th := range themes {
			for _, it := range charts.Items(fx, lang, asOf) {
				for _, format := range []string{export.PNG, export.SVG} {
					w.export(fmt.Sprintf("fixture-%s-%s-%s.%s", it.Name, lang, th.Name, format), it, opts(format, lang, th, 1, 0, 0))
				}
			}
		}
	}
	return w.err
}

// lookWidgets: the network widget (bundled, OpenAI selected) and the charts
// tab (fixture, zh) as Fyne's test driver paints them, without a GPU.
func lookWidgets(out string, bundled *data.Dataset) error {
	w := &writer{dir: filepath.Join(out, "widgets")}
	a := test.NewApp()
	defer a.Quit()
	ui := make(chan func(), 8)
	v := network.NewViewOn(bundled, "en", func(f func()) { ui <- f })
	win := test.NewWindow(v)
	defer win.Close()
	win.Resize(fyne.NewSize(1280, 800))
	select {
	case f := <-ui:
		f()
	case <-time.After(20 * time.Second):
		return fmt.Errorf("network widget: the layout never arrived")
	}
	v.Select("openai")
	w.png("network.png", win.Canvas().Capture())

	fx, err := loadFixture("charts")
	if err != nil {
		return err
	}
	tab := charts.NewTab(fx, "zh")
	tw := test.NewWindow(tab)
	defer tw.Close()
	tw.Resize(fyne.NewSize(1100, 650))
	tab.Select("money-in-the-race")
	w.png("charts-tab.png", tw.Canvas().Capture())
	return w.err
}

// tlDist is TimelineJS3 as make deps installs it for the interop tests.
const tlDist = "interop/testdata/node_modules/@knight-lab/timelinejs/dist"

// lookTimelineJS: the TimelineJS export of the bundled data as TimelineJS3
// shows it in headless Chromium (the interop test's page), its title slide
// and slide 4, in both languages; skipped without chromium or TimelineJS3.
func lookTimelineJS(out string, bundled *data.Dataset) error {
	if _, err := exec.LookPath("chromium"); err != nil {
		fmt.Fprintln(os.Stderr, "look: no chromium: TimelineJS pictures skipped")
		return nil
	}
	if _, err := os.Stat(filepath.Join(tlDist, "js", "timeline.js")); err != nil {
		fmt.Fprintln(os.Stderr, "look: no TimelineJS3 (make deps): TimelineJS pictures skipped")
		return nil
	}
	dir := filepath.Join(out, "interop")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, lang := range []string{"en", "zh"} {
		var file bytes.Buffer
		if err := timeline.WriteTimelineJS(&file, bundled, lang); err != nil {
			return err
		}
		mux := http.NewServeMux()
		mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(tlDist))))
		mux.HandleFunc("/timeline.html", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, "interop/testdata/timeline.html") })
		mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write(file.Bytes())
		})
		mux.HandleFunc("/result", func(http.ResponseWriter, *http.Request) {}) // the page's report is the test's business
		srv := httptest.NewServer(mux)
		for _, shot := range []struct{ query, name string }{{"", "timelinejs-" + lang + ".png"}, {"slide=4&", "timelinejs-" + lang + "-slide4.png"}} {
			if err := screenshot(srv.URL+"/timeline.html?"+shot.query+"lang="+lang, filepath.Join(dir, shot.name)); err != nil {
				srv.Close()
				return err
			}
		}
		srv.Close()
	}
	return nil
}

// screenshot has headless Chromium, with a fresh profile and nothing from
// the network but loopback, save url at 1280×800 as out.
func screenshot(url, out string) error {
	profile, err := os.MkdirTemp("", "look-chromium")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	abs, _ := filepath.Abs(out)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+profile, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--window-size=1280,800", "--hide-scrollbars", "--screenshot="+abs, "--virtual-time-budget=30000", url)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("chromium screenshot of %s: %v\n%s", url, err, b)
	}
	return nil
}

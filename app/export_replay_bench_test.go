package app

import (
	"image"
	"image/color/palette"
	"image/draw"
	"image/gif"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/export/anim"
)

// replayFrames draws the bundled network replay at 1280×720, once.
func replayFrames(b *testing.B) (*data.Dataset, []image.Image) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	o := export.Defaults()
	o.Width, o.Height, o.Scale = 1280, 720, 1
	j := outJob{ds: ds, items: []export.Item{{Name: "network"}}, opts: o, replay: true}
	ss, err := replaySlides(j)
	if err != nil {
		b.Fatal(err)
	}
	var frames []image.Image
	for _, s := range ss {
		img, err := renderImage(s.Opts, s.Draw)
		if err != nil {
			b.Fatal(err)
		}
		frames = append(frames, img)
	}
	return ds, frames
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkReplayGIF encodes the replay's frames with the theme palette and
// changed rectangles; compare with BenchmarkReplayGIFEncodeAll.
func BenchmarkReplayGIF(b *testing.B) {
	ds, frames := replayFrames(b)
	var size int64
	for b.Loop() {
		w := &countWriter{}
		e := anim.NewEncoder(w, gifPalette(ds, export.Light), time.Second, 3*time.Second)
		for _, f := range frames {
			if err := e.Add(f); err != nil {
				b.Fatal(err)
			}
		}
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.ReportMetric(float64(size)/1e6, "MB")
	b.ReportMetric(float64(len(frames)), "frames")
}

// BenchmarkReplayGIFEncodeAll is image/gif's default: each whole frame
// quantized to Plan 9 with Floyd–Steinberg (what gif.Encode does without
// options), then EncodeAll.
func BenchmarkReplayGIFEncodeAll(b *testing.B) {
	_, frames := replayFrames(b)
	var size int64
	for b.Loop() {
		g := &gif.GIF{}
		for _, f := range frames {
			p := image.NewPaletted(f.Bounds(), palette.Plan9[:256])
			draw.FloydSteinberg.Draw(p, f.Bounds(), f, image.Point{})
			g.Image = append(g.Image, p)
			g.Delay = append(g.Delay, 100)
		}
		w := &countWriter{}
		if err := gif.EncodeAll(w, g); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

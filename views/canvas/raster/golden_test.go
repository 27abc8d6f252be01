package raster_test

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"path/filepath"
	"testing"

	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/raster/synthframe"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The benchmark's frame, a corner of it, pins what the painters paint:
// relations dashed by type over camp regions, sectored rings, discs and
// labels (go test -update rewrites it; look at it first).
func TestSynthFrameGolden(t *testing.T) {
	f := synthframe.New(1000, 3000, export.CanvasFont())
	c := raster.New(1920, 1080)
	f.Draw(c)
	corner := c.Image().SubImage(image.Rect(700, 380, 1000, 580))
	var b bytes.Buffer
	if err := png.Encode(&b, corner); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "synth-corner.png"), b.Bytes(), *update, golden.PNG)
}

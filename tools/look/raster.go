package main

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"os"
	"path/filepath"

	xdraw "golang.org/x/image/draw"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/raster/synthframe"
	"github.com/aicamps/aicamps/views/canvas/svg"
	"github.com/aicamps/aicamps/views/export"
)

// lookRaster: the raster backend's benchmark frame (1,000 companies, 3,000
// relations, 1,000 labels at 1920×1080) as the fast painters paint it, and
// a corner of it at 4×: on the left the raster backend, on the right the
// same calls through the SVG backend as librsvg draws them (when
// rsvg-convert is installed).
func lookRaster(out string, _ *data.Dataset) error {
	w := &writer{dir: filepath.Join(out, "raster")}
	f := synthframe.New(1000, 3000, export.CanvasFont())
	rc := raster.New(1920, 1080)
	f.Draw(rc)
	img := rc.Image()
	w.png("synth-1000-3000.png", img)
	crop := image.Rect(700, 380, 1000, 580)
	pics := []image.Image{img}
	sc := svg.New(1920, 1080)
	f.Draw(sc)
	var b bytes.Buffer
	sc.WriteTo(&b)
	os.MkdirAll(w.dir, 0o755)
	svgPath := filepath.Join(w.dir, "synth-1000-3000.svg")
	if err := os.WriteFile(svgPath, b.Bytes(), 0o644); err != nil {
		return err
	}
	if p, err := picture(svgPath, export.SVG); err == nil && p != nil {
		pics = append(pics, p)
	}
	zoom := image.NewRGBA(image.Rect(0, 0, 4*crop.Dx()*len(pics)+8*(len(pics)-1), 4*crop.Dy()))
	draw.Draw(zoom, zoom.Rect, image.NewUniform(color.Gray{0x80}), image.Point{}, draw.Src)
	for i, p := range pics {
		at := image.Rect(i*(4*crop.Dx()+8), 0, i*(4*crop.Dx()+8)+4*crop.Dx(), 4*crop.Dy())
		xdraw.NearestNeighbor.Scale(zoom, at, p, crop.Add(p.Bounds().Min), draw.Src, nil)
	}
	w.file("synth-crop-4x.png", func(wr io.Writer) error { return png.Encode(wr, zoom) })
	return w.err
}

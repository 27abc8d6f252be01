package raster

import (
	"image"
	"io"
)

// EncodePNGWith lets the external benchmarks try other levels and filter
// rules than EncodePNG's.
func EncodePNGWith(w io.Writer, img *image.RGBA, level, filter, workers int) error {
	return pngEncoder{level: level, filter: filterRule(filter), workers: workers}.encode(w, img)
}

var FilterNames = map[int]string{int(filterMinSum): "minsum", int(filterUp): "up", int(filterSub): "sub", int(filterUpSub): "upsub", int(filterNone): "none"}

package export

import (
	"image"
	"io"

	"github.com/aicamps/aicamps/views/canvas/raster"
)

// EncodePNG writes img as a PNG file on every core (raster.EncodePNG).
func EncodePNG(w io.Writer, img *image.RGBA) error { return raster.EncodePNG(w, img) }

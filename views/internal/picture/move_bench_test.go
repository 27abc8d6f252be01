package picture

import (
	"image"
	"image/color"
	"testing"
)

// BenchmarkRemap is a gesture frame's move of a 1920×1080 picture: a pan
// (long runs), zooms in and out (short ones).
func BenchmarkRemap(b *testing.B) {
	base := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	for _, c := range []struct {
		name   string
		k, pan float64
	}{{"pan", 1, 30}, {"zoom1.01", 1.01, 0}, {"zoom3", 3, 0}, {"zoom0.7", 0.7, 0}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				Remap(base, Stretch(1920, 960, c.k, 0, c.pan), Stretch(1080, 540, c.k, 0, 0), color.White)
			}
		})
	}
}

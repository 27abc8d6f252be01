package anim

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"testing"
	"time"
)

var (
	white = color.RGBA{255, 255, 255, 255}
	ink   = color.RGBA{31, 36, 48, 255}
	blue  = color.RGBA{0, 114, 178, 255}
)

func picture(w, h int, fills map[image.Rectangle]color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Rect, image.NewUniform(white), image.Point{}, draw.Src)
	for r, c := range fills {
		draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
	}
	return img
}

// compose replays the GIF's frames (disposal none, transparent = keep).
func compose(g *gif.GIF) []*image.RGBA {
	canvas := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	var out []*image.RGBA
	for _, f := range g.Image {
		draw.Draw(canvas, f.Rect, f, f.Rect.Min, draw.Over)
		c := image.NewRGBA(canvas.Rect)
		copy(c.Pix, canvas.Pix)
		out = append(out, c)
	}
	return out
}

// Flat fills in the palette's colours come back exactly (no dithering), and
// a later frame stores only the rectangle that changed.
func TestFramesExactAndOnlyChanges(t *testing.T) {
	frames := []*image.RGBA{
		picture(200, 100, map[image.Rectangle]color.RGBA{image.Rect(10, 10, 60, 40): blue}),
		picture(200, 100, map[image.Rectangle]color.RGBA{image.Rect(10, 10, 60, 40): blue, image.Rect(100, 50, 120, 70): ink}),
		picture(200, 100, map[image.Rectangle]color.RGBA{image.Rect(10, 10, 60, 40): blue, image.Rect(100, 50, 120, 70): ink}),
	}
	var b bytes.Buffer
	e := NewEncoder(&b, []color.Color{white, ink, blue}, 200*time.Millisecond, time.Second)
	for _, f := range frames {
		if err := e.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(&b)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 3 || g.Delay[0] != 20 || g.Delay[2] != 100 {
		t.Fatalf("%d frames, delays %v; want 3, 20 each, 100 on the last", len(g.Image), g.Delay)
	}
	if r := g.Image[1].Rect; r != image.Rect(100, 50, 120, 70) {
		t.Errorf("frame 2 stores %v, want only the new square", r)
	}
	if r := g.Image[2].Rect; r.Dx()*r.Dy() > 1 {
		t.Errorf("an unchanged frame stores %v", r)
	}
	for i, got := range compose(g) {
		if !bytes.Equal(got.Pix, frames[i].Pix) {
			t.Errorf("frame %d does not replay to its picture", i+1)
		}
	}
}

// An anti-aliased edge between two palette colours maps to a blend, not to
// a far colour.
func TestPaletteHasBlends(t *testing.T) {
	pal := Palette([]color.Color{white, blue})
	mid := color.RGBA{128, 185, 217, 255} // half blue, half white
	r, g, b, _ := pal[pal.Index(mid)].RGBA()
	if d := int(r>>8) - 128 + int(g>>8) - 185 + int(b>>8) - 217; d > 6 || d < -6 {
		t.Errorf("half blue maps to %v", pal[pal.Index(mid)])
	}
	if len(pal) > 256 {
		t.Errorf("%d colours", len(pal))
	}
	if _, _, _, a := pal[len(pal)-1].RGBA(); a != 0 {
		t.Error("the last colour is not the transparent one")
	}
}

func TestEncoderErrors(t *testing.T) {
	e := NewEncoder(new(bytes.Buffer), []color.Color{white}, time.Second, time.Second)
	if err := e.Close(); err == nil {
		t.Error("no frames: no error")
	}
	e.Add(picture(10, 10, nil))
	if err := e.Add(picture(20, 10, nil)); err == nil {
		t.Error("frames of two sizes: no error")
	}
}

// TestEncoderStreams: frames reach the writer as they are added, one frame
// behind (the last waits for its hold), and the file is byte for byte what
// image/gif's EncodeAll writes for the same frames, delays and loop; a
// single frame is a still GIF with no loop extension.
func TestEncoderStreams(t *testing.T) {
	var b bytes.Buffer
	e := NewEncoder(&b, []color.Color{white, ink, blue}, 200*time.Millisecond, time.Second)
	for i := 0; i < 4; i++ {
		f := picture(300, 200, map[image.Rectangle]color.RGBA{image.Rect(10*i, 5*i, 10*i+80, 5*i+60): blue})
		before := b.Len()
		if err := e.Add(f); err != nil {
			t.Fatal(err)
		}
		if i >= 1 && b.Len() <= before {
			t.Errorf("frame %d added, frame %d not written: the output stays at %d bytes", i+1, i, b.Len())
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 4 || g.Delay[0] != 20 || g.Delay[3] != 100 || g.LoopCount != 0 {
		t.Fatalf("%d frames, delays %v, loop %d; want 4, 20 each, 100 on the last, loop forever", len(g.Image), g.Delay, g.LoopCount)
	}
	var want bytes.Buffer
	if err := gif.EncodeAll(&want, g); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want.Bytes()) {
		t.Errorf("the streamed GIF (%d bytes) differs from EncodeAll's (%d)", b.Len(), want.Len())
	}

	var one bytes.Buffer
	e = NewEncoder(&one, []color.Color{white, ink}, time.Second, 3*time.Second)
	e.Add(picture(40, 30, nil))
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(one.Bytes(), []byte("NETSCAPE2.0")) {
		t.Error("a single frame loops")
	}
	if g, err := gif.DecodeAll(&one); err != nil || len(g.Image) != 1 || g.Delay[0] != 300 {
		t.Errorf("one frame: %v, %+v", err, g)
	}
}

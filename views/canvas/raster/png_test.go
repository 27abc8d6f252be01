package raster

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/adler32"
	"image"
	"image/png"
	"io"
	"math/rand/v2"
	"testing"
)

// testPicture is a w×h picture like a slide's: flat runs, gradients, noise,
// rows equal to the one above and, unless opaque, every kind of alpha (none, partial, full).
func testPicture(w, h int, opaque bool, seed uint64) *image.RGBA {
	rng := rand.New(rand.NewPCG(seed, 7))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			i := img.PixOffset(x, y)
			var c [4]uint8
			switch (x/5 + y/3) % 3 {
			case 0: // flat
				c = [4]uint8{250, 250, 245, 255}
			case 1: // gradient
				c = [4]uint8{uint8(x), uint8(y), uint8(x + y), 255}
			default:
				c = [4]uint8{uint8(rng.Uint32()), uint8(rng.Uint32()), uint8(rng.Uint32()), 255}
			}
			if !opaque {
				c[3] = []uint8{0, 1, 128, 254, 255}[rng.IntN(5)]
				for k := range 3 { // premultiplied: no channel above alpha
					c[k] = uint8(uint32(c[k]) * uint32(c[3]) / 255)
				}
			}
			copy(img.Pix[i:i+4], c[:])
		}
		if y%4 == 2 || y%4 == 3 { // runs of equal rows, as in a slide's margins
			copy(img.Pix[y*img.Stride:(y+1)*img.Stride], img.Pix[(y-1)*img.Stride:y*img.Stride])
		}
	}
	return img
}

// decodeSame checks that image/png reads enc back as the picture image/png
// itself writes for img: for an opaque picture, exactly img's pixels; with
// alpha, the same non-premultiplied pixels (the conversion loses nothing
// more than image/png's own).
func decodeSame(t testing.TB, img *image.RGBA, enc []byte) {
	t.Helper()
	got, err := png.Decode(bytes.NewReader(enc))
	if err != nil {
		t.Fatalf("image/png cannot read it: %v", err)
	}
	var ref bytes.Buffer
	if err := png.Encode(&ref, img); err != nil {
		t.Fatal(err)
	}
	want, _ := png.Decode(&ref)
	if got.Bounds().Size() != img.Rect.Size() {
		t.Fatalf("size %v, want %v", got.Bounds().Size(), img.Rect.Size())
	}
	if fmt.Sprintf("%T", got) != fmt.Sprintf("%T", want) {
		t.Errorf("decodes as %T, image/png's as %T", got, want)
	}
	b, wb := got.Bounds(), want.Bounds()
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			g, w := got.At(b.Min.X+x, b.Min.Y+y), want.At(wb.Min.X+x, wb.Min.Y+y)
			if g != w {
				t.Fatalf("pixel (%d,%d) = %v, image/png's %v", x, y, g, w)
			}
			if img.Opaque() {
				if g != img.At(img.Rect.Min.X+x, img.Rect.Min.Y+y) {
					t.Fatalf("pixel (%d,%d) = %v, input %v", x, y, g, img.At(x, y))
				}
			}
		}
	}
}

func TestEncodePNGRoundTrip(t *testing.T) {
	sizes := [][2]int{{1, 1}, {1, 9}, {9, 1}, {3, 5}, {33, 17}, {257, 64}, {1001, 3}}
	for _, sz := range sizes {
		for _, opaque := range []bool{true, false} {
			img := testPicture(sz[0], sz[1], opaque, uint64(sz[0]*sz[1]))
			for _, e := range []pngEncoder{
				{workers: 2},
				{workers: 3, rows: 1},
				{workers: 1, rows: 2},
				{workers: 4, rows: 5},
				{workers: 2, rows: 7},
				{workers: 8, rows: 1000},
			} {
				name := fmt.Sprintf("%dx%d/opaque=%v/workers=%d/rows=%d", sz[0], sz[1], opaque, e.workers, e.rows)
				t.Run(name, func(t *testing.T) {
					var b bytes.Buffer
					if err := e.encode(&b, img); err != nil {
						t.Fatal(err)
					}
					decodeSame(t, img, b.Bytes())
				})
			}
		}
	}
}

// TestEncodePNGColourType: an opaque picture is written as RGB, one with
// any alpha as RGBA (the colour type is byte 25, in IHDR).
func TestEncodePNGColourType(t *testing.T) {
	for _, c := range []struct {
		opaque bool
		want   byte
	}{{true, pngRGB}, {false, pngRGBA}} {
		var b bytes.Buffer
		if err := EncodePNG(&b, testPicture(20, 20, c.opaque, 1)); err != nil {
			t.Fatal(err)
		}
		if got := b.Bytes()[25]; got != c.want {
			t.Errorf("opaque=%v: colour type %d, want %d", c.opaque, got, c.want)
		}
	}
}

// TestEncodePNGUnfiltered: every scanline of the zlib stream (all IDAT
// chunks joined) starts with filter byte 0, None.
func TestEncodePNGUnfiltered(t *testing.T) {
	for _, opaque := range []bool{true, false} {
		w, h := 37, 50
		var b bytes.Buffer
		if err := (pngEncoder{workers: 3, rows: 4}).encode(&b, testPicture(w, h, opaque, 5)); err != nil {
			t.Fatal(err)
		}
		var z []byte
		for p := b.Bytes()[8:]; len(p) >= 12; {
			n := int(binary.BigEndian.Uint32(p))
			if string(p[4:8]) == "IDAT" {
				z = append(z, p[8:8+n]...)
			}
			p = p[12+n:]
		}
		zr, err := zlib.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		line := 1 + 3*w
		if !opaque {
			line = 1 + 4*w
		}
		if len(raw) != h*line {
			t.Fatalf("opaque=%v: %d bytes of scanlines, want %d", opaque, len(raw), h*line)
		}
		for y := range h {
			if f := raw[y*line]; f != 0 {
				t.Errorf("opaque=%v: row %d has filter %d, want 0", opaque, y, f)
			}
		}
	}
}

func TestEncodePNGSubImage(t *testing.T) {
	img := testPicture(40, 30, false, 3).SubImage(image.Rect(7, 5, 31, 29)).(*image.RGBA)
	var b bytes.Buffer
	if err := EncodePNG(&b, img); err != nil {
		t.Fatal(err)
	}
	decodeSame(t, img, b.Bytes())
}

func TestEncodePNGErrors(t *testing.T) {
	if err := EncodePNG(&bytes.Buffer{}, image.NewRGBA(image.Rect(0, 0, 0, 5))); err == nil {
		t.Error("an empty picture gave no error")
	}
	broken := errors.New("disk full")
	if err := EncodePNG(failWriter{broken}, testPicture(50, 50, true, 1)); !errors.Is(err, broken) {
		t.Errorf("a failing writer gave %v, want %v", err, broken)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestAdler32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 300_000)
	for i := range data {
		data[i] = uint8(rng.Uint32())
	}
	for _, cut := range []int{0, 1, 5551, 65521, 65522, 200_000, len(data)} {
		a, b := data[:cut], data[cut:]
		if got, want := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), int64(len(b))), adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}

// FuzzEncodePNG: any small picture, any band size, reads back.
func FuzzEncodePNG(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4}, uint8(1), uint8(1))
	f.Add(bytes.Repeat([]byte{255, 0, 9, 255}, 60), uint8(5), uint8(2))
	f.Add(bytes.Repeat([]byte{10, 20, 30, 40}, 99), uint8(9), uint8(3))
	f.Fuzz(func(t *testing.T, pix []byte, w, rows uint8) {
		width := int(w%32) + 1
		height := len(pix) / 4 / width
		if height == 0 || height > 64 {
			return
		}
		img := image.NewRGBA(image.Rect(0, 0, width, height))
		copy(img.Pix, pix)
		for i := 0; i < len(img.Pix); i += 4 { // make it premultiplied
			for k := range 3 {
				img.Pix[i+k] = min(img.Pix[i+k], img.Pix[i+3])
			}
		}
		e := pngEncoder{workers: 3, rows: int(rows % 8)}
		var b bytes.Buffer
		if err := e.encode(&b, img); err != nil {
			t.Fatal(err)
		}
		decodeSame(t, img, b.Bytes())
	})
}

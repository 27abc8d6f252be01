// Package golden compares test output with files in testdata: bytes for
// SVG, pixels within a tolerance for PNG. Tests pass their -update flag, so
// `go test -update` rewrites the files after a person has looked at them.
package golden

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with the file at path (or rewrites it when update is
// set); on a difference the new output lands in testdata/failed.
func Check(t testing.TB, path string, got []byte, update bool, same func(want, got []byte) error) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if err := same(want, got); err != nil {
		failed := filepath.Join(filepath.Dir(path), "failed", filepath.Base(path))
		os.MkdirAll(filepath.Dir(failed), 0o755)
		os.WriteFile(failed, got, 0o644)
		t.Errorf("%s: %v; the new output is in %s (go test -update to accept)", path, err, failed)
	}
}

// Bytes is the comparison for SVG: byte for byte.
func Bytes(want, got []byte) error {
	if !bytes.Equal(want, got) {
		return fmt.Errorf("differs from the golden file")
	}
	return nil
}

// PNG allows a little difference per channel, since anti-aliasing varies
// between CPUs, but not a moved or missing element: at most one pixel in a
// thousand may differ by more than Channel.
func PNG(want, got []byte) error {
	a, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return err
	}
	b, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return err
	}
	bad, err := Diff(a, b, Channel)
	if err != nil {
		return err
	}
	if r := a.Bounds(); bad > r.Dx()*r.Dy()/1000 {
		return fmt.Errorf("%d pixels differ (limit %d)", bad, r.Dx()*r.Dy()/1000)
	}
	return nil
}

// Channel is the per-channel difference (of 0xffff) PNG lets pass.
const Channel = 0x1800

// Diff counts the pixels of a and b that differ by more than tol (of
// 0xffff) in any channel.
func Diff(a, b image.Image, tol uint32) (int, error) {
	if a.Bounds().Size() != b.Bounds().Size() {
		return 0, fmt.Errorf("size %v, want %v", b.Bounds().Size(), a.Bounds().Size())
	}
	bad := 0
	ra, rb := a.Bounds(), b.Bounds()
	for y := 0; y < ra.Dy(); y++ {
		for x := 0; x < ra.Dx(); x++ {
			pr, pg, pb, pa := a.At(ra.Min.X+x, ra.Min.Y+y).RGBA()
			qr, qg, qb, qa := b.At(rb.Min.X+x, rb.Min.Y+y).RGBA()
			if far(pr, qr, tol) || far(pg, qg, tol) || far(pb, qb, tol) || far(pa, qa, tol) {
				bad++
			}
		}
	}
	return bad, nil
}

func far(x, y, tol uint32) bool { return x > y+tol || y > x+tol }

// Distance measures how far apart two pictures of one size are, as the
// backend conformance tests judge them: the mean difference of a colour
// channel (of 255), and the share of pixels off by more than a quarter of
// the range in some channel. Anti-aliasing moves the first a little; a
// missing, moved or recoloured element moves the second.
func Distance(a, b image.Image) (mean, share float64, err error) {
	if a.Bounds().Size() != b.Bounds().Size() {
		return 0, 0, fmt.Errorf("size %v, want %v", b.Bounds().Size(), a.Bounds().Size())
	}
	var sum float64
	far := 0
	ra, rb := a.Bounds(), b.Bounds()
	for y := 0; y < ra.Dy(); y++ {
		for x := 0; x < ra.Dx(); x++ {
			p := color.NRGBAModel.Convert(a.At(ra.Min.X+x, ra.Min.Y+y)).(color.NRGBA)
			q := color.NRGBAModel.Convert(b.At(rb.Min.X+x, rb.Min.Y+y)).(color.NRGBA)
			worst := 0
			for _, d := range [3]int{int(p.R) - int(q.R), int(p.G) - int(q.G), int(p.B) - int(q.B)} {
				d = max(d, -d)
				sum += float64(d)
				worst = max(worst, d)
			}
			if worst > 64 {
				far++
			}
		}
	}
	n := float64(ra.Dx() * ra.Dy())
	return sum / (3 * n), float64(far) / n, nil
}

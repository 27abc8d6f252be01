//go:build e2e

package e2e

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportEverything runs `aicamps export` for every chart and view, as a
// user would for their slides, and opens each file: PNGs decode at 2× the
// 16:9 size; SVGs are well-formed XML and librsvg renders them.
func TestExportEverything(t *testing.T) {
	bin := binary(t)
	if _, err := exec.LookPath("rsvg-convert"); err != nil {
		t.Fatal("rsvg-convert not found: run make deps (Debian package librsvg2-bin)")
	}
	list, err := exec.Command(bin, "export", "--list").Output()
	if err != nil {
		t.Fatalf("export --list: %v", err)
	}
	names := strings.Fields(string(list))
	if len(names) < 8 {
		t.Fatalf("export --list names %d pictures: %q", len(names), names)
	}
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export", "--out", filepath.Join(dir, "png")},
		{"export", "--format", "svg", "--lang", "zh", "--theme", "dark", "--out", filepath.Join(dir, "svg")},
	} {
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("aicamps %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, "png", name+".png"))
		if err != nil {
			t.Error(err)
			continue
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != 3840 || cfg.Height != 2160 {
			t.Errorf("%s.png: %dx%d, %v; want 3840x2160 (1920x1080 at 2x)", name, cfg.Width, cfg.Height, err)
		}

		svg := filepath.Join(dir, "svg", name+".svg")
		b, err := os.ReadFile(svg)
		if err != nil {
			t.Error(err)
			continue
		}
		if err := wellFormed(b); err != nil {
			t.Errorf("%s.svg is not well-formed XML: %v", name, err)
		}
		out, err := exec.Command("rsvg-convert", "--width", "960", svg).Output()
		if err != nil {
			t.Errorf("rsvg-convert %s.svg: %v", name, err)
			continue
		}
		img, err := png.Decode(bytes.NewReader(out))
		if err != nil || img.Bounds().Dx() != 960 {
			t.Errorf("%s.svg rendered by librsvg: %v, %v", name, img.Bounds(), err)
		}
	}
}

func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// Package clients runs the real programs users open exports with (librsvg,
// poppler, xmllint) for the tests. A missing program skips the test, except
// under CI, where it fails it: make deps installs them all.
package clients

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/aicamps/aicamps/assets"
)

// Find is the path of a program.
func Find(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (make deps installs it)", name)
		}
		t.Skipf("%s is missing (make deps installs it)", name)
	}
	return p
}

// Run runs a program and returns its output; a failure fails the test.
func Run(t testing.TB, prog string, args ...string) string {
	t.Helper()
	out, err := exec.Command(Find(t, prog), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", prog, args, err, out)
	}
	return string(out)
}

// RSVG draws an SVG with librsvg, at the size its root gives, with the
// bundled font as the only font: an SVG names its font rather than carrying
// it, and the test should not depend on what the machine has installed.
func RSVG(t testing.TB, svg []byte) image.Image {
	t.Helper()
	conf, err := fontconfig(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(Find(t, "rsvg-convert"), "-f", "png")
	cmd.Env = append(os.Environ(), "FONTCONFIG_FILE="+conf)
	cmd.Stdin = bytes.NewReader(svg)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("rsvg-convert: %v: %s", err, errb.String())
	}
	img, err := png.Decode(&out)
	if err != nil {
		t.Fatalf("rsvg-convert: %v", err)
	}
	return img
}

// PDFPage draws page n (from 1) of a PDF with poppler's pdftoppm at 72
// DPI: a pixel per point.
func PDFPage(t testing.TB, doc []byte, n int) image.Image {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	page := fmt.Sprint(n)
	Run(t, "pdftoppm", "-r", "72", "-png", "-singlefile", "-f", page, "-l", page, in, filepath.Join(dir, "out"))
	f, err := os.Open(filepath.Join(dir, "out.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// fontconfig writes into dir a fontconfig file whose only font is the
// bundled one.
func fontconfig(dir string) (string, error) {
	if err := os.WriteFile(filepath.Join(dir, "wqy-microhei.ttf"), assets.Font, 0o644); err != nil {
		return "", err
	}
	conf := filepath.Join(dir, "fonts.conf")
	body := fmt.Sprintf(`<?xml version="1.0"?><fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>`, dir, dir)
	return conf, os.WriteFile(conf, []byte(body), 0o644)
}

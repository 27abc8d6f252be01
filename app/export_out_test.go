package app

import (
	"bytes"
	"encoding/json"
	"image/color"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/network"
)

// The README's "aicamps export deal-values" writes into the current folder.
func TestExportOutDefaultsToCurrentFolder(t *testing.T) {
	dir, data := t.TempDir(), abs(t, fixture)
	t.Chdir(dir)
	code, out, errs := runCLI("export", "--data", data, "--scale", "1", "deal-values")
	if code != 0 || strings.TrimSpace(out) != "deal-values.png" {
		t.Fatalf("exit %d, stdout %q: %s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "deal-values.png")); err != nil {
		t.Error(err)
	}
}

// A dated export carries its date in the default name, so a series of dates
// does not overwrite itself.
func TestExportDatedFileName(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCLI("export", "--data", fixture, "--scale", "1", "--format", "svg", "--out", dir, "--as-of", "2025-06-30", "network")
	if code != 0 || strings.TrimSpace(out) != filepath.Join(dir, "network-2025-06-30.svg") {
		t.Fatalf("exit %d, stdout %q: %s", code, out, errs)
	}
}

func TestExportOneFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"deal-values.png", "chart.SVG"} {
		path := filepath.Join(dir, name)
		// The flag may come after the name.
		code, _, errs := runCLI("export", "--data", fixture, "deal-values", "--scale", "1", "-o", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".png") {
			if _, err := png.Decode(bytes.NewReader(b)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		} else if !bytes.HasPrefix(b, []byte("<svg")) && !bytes.Contains(b[:min(len(b), 200)], []byte("<svg")) {
			t.Errorf("%s is not an SVG: %.60q", name, b)
		}
	}
}

// Every fault is one line, exit 1 (2 for a bad flag, with a pointer to the
// help), and leaves no file, not even a temporary one.
func TestExportOutErrors(t *testing.T) {
	dir := t.TempDir()
	nodates := noDatesFile(t, dir)
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown extension", []string{"-o", "x.docx", "network"}, 1, `unknown format ".docx"; -o writes .gexf .gif .graphml .json .pdf .png .pptx .svg`},
		{"no extension", []string{"-o", "x", "network"}, 1, `unknown format ""`},
		{"png of all", []string{"-o", "x.png"}, 1, "holds one picture"},
		{"gif without replay", []string{"-o", "x.gif", "network"}, 1, "add --replay"},
		{"replay of a png", []string{"--replay", "-o", "x.png", "network"}, 1, "cannot hold a replay"},
		{"replay of two", []string{"--replay", "-o", "x.gif", "network", "timeline"}, 1, "replays one view"},
		{"replay without -o", []string{"--replay", "network"}, 2, "--replay needs -o FILE"},
		{"no dated events", []string{"--data", nodates, "--replay", "-o", "x.gif", "network"}, 1, "no dated events"},
		{"missing folder", []string{"-o", filepath.Join("nosuch", "x.pptx"), "network"}, 1, "cannot write in " + filepath.Join(dir, "nosuch")},
		{"-o and --out", []string{"-o", "x.png", "--out", ".", "network"}, 2, "give one of them"},
		{"-o and --format", []string{"-o", "x.png", "--format", "svg", "network"}, 2, "drop --format"},
		{"bad delay", []string{"--replay", "--delay", "1ms", "-o", "x.gif", "network"}, 2, "--delay"},
		{"bad flag", []string{"--colour", "x"}, 2, "flag provided but not defined: -colour"},
		{"gexf of a chart", []string{"-o", "x.gexf", "deal-values"}, 1, "holds network, not deal-values"},
		{"timeline json of the network", []string{"-o", "x.json", "network"}, 1, "holds timeline, not network"},
	}
	for _, c := range cases {
		args := append([]string{"export"}, c.args...)
		if !strings.Contains(strings.Join(c.args, " "), "--data") {
			args = append(args, "--data", fixture)
		}
		for i, a := range args {
			if i > 0 && args[i-1] == "-o" {
				args[i] = filepath.Join(dir, a)
			}
		}
		code, out, errs := runCLI(args...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != c.code || out != "" || !strings.Contains(lines[0], c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %d and %q", c.name, code, out, errs, c.code, c.want)
		}
		wantLines := 1
		if c.code == 2 {
			wantLines = 2
			if lines[len(lines)-1] != "see aicamps export --help" {
				t.Errorf("%s: stderr %q does not point at the help", c.name, errs)
			}
		}
		if len(lines) != wantLines {
			t.Errorf("%s: %d lines of error, want %d: %q", c.name, len(lines), wantLines, errs)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 { // only the no-dates data file
		t.Errorf("files left behind: %v", left)
	}
}

// noDatesFile is the fixture with its events' dates removed.
func noDatesFile(t *testing.T, dir string) string {
	ds, err := data.LoadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	ds.Events = nil
	b, _ := json.Marshal(ds)
	path := filepath.Join(dir, "nodates.json")
	os.WriteFile(path, b, 0o644)
	return path
}

func TestExportReplayGIF(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.gif")
	code, _, errs := runCLI("export", "--data", fixture, "--replay", "--size", "640x360", "--delay", "500ms", "-o", path, "network")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, _ := os.Open(path)
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := data.LoadFile(fixture)
	steps := replaySteps(ds)
	if len(g.Image) != len(steps) || len(steps) < 2 {
		t.Fatalf("%d frames for %d steps", len(g.Image), len(steps))
	}
	if g.Config.Width != 640 || g.Config.Height != 360 {
		t.Errorf("GIF is %dx%d", g.Config.Width, g.Config.Height)
	}
	if g.Delay[0] != 50 || g.Delay[len(g.Delay)-1] != 150 {
		t.Errorf("delays %v: want 50 each and a hold of 150 on the last", g.Delay)
	}
	// Every relation type keeps its hue: the palette holds each type's
	// colour exactly, so a compute deal is not drawn in the nearest grey.
	for _, c := range network.RelationColors() {
		r, gg, b, _ := c.RGBA()
		want := color.RGBA{uint8(r >> 8), uint8(gg >> 8), uint8(b >> 8), 255}
		if !slices.Contains(g.Image[0].Palette, color.Color(want)) {
			t.Errorf("the GIF's palette lacks the relation colour %v", want)
		}
	}
	// Later frames store only what changed: the caption and the new ties.
	if b := g.Image[1].Bounds(); b.Dx()*b.Dy() >= 640*360 {
		t.Errorf("frame 2 is the whole picture (%v)", b)
	}
}

func abs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// -o writes the PDF and the interchange files through the same table, each
// file starting as its format does.
func TestExportOutFormats(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ file, name, head string }{
		{"all.pdf", "", "%PDF-"},
		{"deals.pdf", "deal-values", "%PDF-"},
		{"n.gexf", "network", "<?xml"},
		{"n.graphml", "network", "<?xml"},
		{"t.json", "timeline", "{"},
	}
	for _, c := range cases {
		args := []string{"export", "--data", fixture, "-o", filepath.Join(dir, c.file)}
		if c.name != "" {
			args = append(args, c.name)
		}
		if code, _, errs := runCLI(args...); code != 0 {
			t.Errorf("%s: exit %d: %s", c.file, code, errs)
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil || !strings.HasPrefix(strings.TrimSpace(string(b)), c.head) {
			t.Errorf("%s: %v, starts %q, want %q", c.file, err, b[:min(len(b), 12)], c.head)
		}
	}
}

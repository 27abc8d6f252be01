package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/wcharczuk/go-chart/v2"
)

// textDraw draws one string in the middle of the frame.
func textDraw(s string) DrawFunc {
	return func(f Frame) error {
		f.Text(s, f.Box.Left, f.Box.Top+int(f.Px(40)), f.Px(30), f.Theme.Text)
		return nil
	}
}

func render(t *testing.T, o Options, d DrawFunc) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, o, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSVGIsXMLWithSizeAndFonts(t *testing.T) {
	o := Defaults()
	o.Format = SVG
	o.Title = `R&D <"quoted"> & more`
	o.Subtitle = "a < b"
	o.Footer = `Source: "AT&T" <1>`
	o.AsOf = "As of 5 Nov 2025"
	svg := render(t, o, textDraw(`OpenAI & <Amazon> "AWS" 亚马逊`))

	dec := xml.NewDecoder(bytes.NewReader(svg))
	var root *xml.StartElement
	var texts []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse as XML: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == nil {
				e := tok.Copy()
				root = &e
			}
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				texts = append(texts, s)
			}
		}
	}
	if root == nil || root.Name.Local != "svg" {
		t.Fatalf("root element is not <svg>")
	}
	attrs := map[string]string{}
	for _, a := range root.Attr {
		attrs[a.Name.Local] = a.Value
	}
	if attrs["width"] != "1920" || attrs["height"] != "1080" {
		t.Errorf("root svg width, height = %q, %q; want 1920, 1080", attrs["width"], attrs["height"])
	}
	joined := strings.Join(texts, "\n")
	for _, want := range []string{o.Title, o.Footer, `OpenAI & <Amazon> "AWS" 亚马逊`} {
		if !strings.Contains(joined, want) {
			t.Errorf("decoded text lacks %q; got:\n%s", want, joined)
		}
	}
	family := `font-family="'WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif"`
	if !bytes.Contains(svg, []byte(family)) {
		t.Errorf("SVG lacks %s", family)
	}
	if n := bytes.Count(svg, []byte("<text")); n != bytes.Count(svg, []byte(family)) {
		t.Errorf("%d texts but %d name the font family list", n, bytes.Count(svg, []byte(family)))
	}
}

func TestPNGPixelSize(t *testing.T) {
	for _, scale := range []int{1, 2, 3} {
		o := Defaults()
		o.Width, o.Height, o.Scale = 800, 600, scale
		img, err := png.Decode(bytes.NewReader(render(t, o, textDraw("x"))))
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != 800*scale || b.Dy() != 600*scale {
			t.Errorf("scale %d: %dx%d, want %dx%d", scale, b.Dx(), b.Dy(), 800*scale, 600*scale)
		}
	}
}

func TestTransparentBackground(t *testing.T) {
	for _, transparent := range []bool{true, false} {
		o := Defaults()
		o.Width, o.Height, o.Scale, o.Transparent, o.Theme = 640, 480, 1, transparent, Dark
		o.Title = "T"
		img, err := png.Decode(bytes.NewReader(render(t, o, textDraw("x"))))
		if err != nil {
			t.Fatal(err)
		}
		_, _, _, a := img.At(2, 2).RGBA()
		if transparent && a != 0 {
			t.Errorf("transparent: corner alpha = %d, want 0", a)
		}
		if !transparent && a != 0xffff {
			t.Errorf("solid: corner alpha = %d, want opaque", a)
		}
	}
}

func TestParseSize(t *testing.T) {
	cases := []struct {
		in   string
		w, h int
		err  bool
	}{
		{"16:9", 1920, 1080, false},
		{"4:3", 1600, 1200, false},
		{"square", 1080, 1080, false},
		{"1280x720", 1280, 720, false},
		{" 1280X720 ", 1280, 720, false},
		{"320x320", 320, 320, false},
		{"7680x4320", 7680, 4320, false},
		{"319x600", 0, 0, true},
		{"19200x1080", 0, 0, true},
		{"1280", 0, 0, true},
		{"x720", 0, 0, true},
		{"-1280x720", 0, 0, true},
		{"1280x720x3", 0, 0, true},
		{"", 0, 0, true},
		{"16:10", 0, 0, true},
	}
	for _, c := range cases {
		w, h, err := ParseSize(c.in)
		if (err != nil) != c.err {
			t.Errorf("ParseSize(%q) error = %v, want error %v", c.in, err, c.err)
			continue
		}
		if !c.err && (w != c.w || h != c.h) {
			t.Errorf("ParseSize(%q) = %dx%d, want %dx%d", c.in, w, h, c.w, c.h)
		}
	}
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"16:9", "4:3", "square", "1280x720", "0x0", "99999999999999999999x1", "x", "１２８０x720"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, h, err := ParseSize(s)
		if err != nil {
			if w != 0 || h != 0 {
				t.Errorf("ParseSize(%q) = %d, %d with error", s, w, h)
			}
			return
		}
		if w < MinSide || h < MinSide || w > MaxSide || h > MaxSide {
			t.Errorf("ParseSize(%q) = %dx%d, out of range but no error", s, w, h)
		}
	})
}

func TestCheck(t *testing.T) {
	ok := Defaults()
	cases := []struct {
		name string
		mod  func(*Options)
		want string // part of the error; "" for none
	}{
		{"defaults", func(o *Options) {}, ""},
		{"svg", func(o *Options) { o.Format = SVG }, ""},
		{"zh 3x", func(o *Options) { o.Lang, o.Scale = "zh", 3 }, ""},
		{"format", func(o *Options) { o.Format = "jpg" }, "format"},
		{"scale 0", func(o *Options) { o.Scale = 0 }, "scale"},
		{"scale 4", func(o *Options) { o.Scale = 4 }, "scale"},
		{"narrow", func(o *Options) { o.Width = 100 }, "size"},
		{"huge", func(o *Options) { o.Height = 10000 }, "size"},
		{"lang", func(o *Options) { o.Lang = "fr" }, "language"},
		{"8K at 1x", func(o *Options) { o.Width, o.Height, o.Scale = 7680, 4320, 1 }, ""},
		{"4K at 3x", func(o *Options) { o.Width, o.Height, o.Scale = 3840, 2160, 3 }, ""},
		{"8K at 3x", func(o *Options) { o.Width, o.Height, o.Scale = 7680, 4320, 3 }, "pixels"},
		{"square 7680 at 3x", func(o *Options) { o.Width, o.Height, o.Scale = 7680, 7680, 3 }, "pixels"},
		{"square 7680 svg", func(o *Options) { o.Width, o.Height, o.Scale, o.Format = 7680, 7680, 3, SVG }, ""},
	}
	for _, c := range cases {
		o := ok
		c.mod(&o)
		err := o.Check()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one about %s", c.name, err, c.want)
		}
	}
}

func TestPixelSize(t *testing.T) {
	o := Defaults()
	o.Scale = 3
	if w, h := o.PixelSize(); w != 5760 || h != 3240 {
		t.Errorf("PNG 3x = %dx%d", w, h)
	}
	o.Format = SVG
	if w, h := o.PixelSize(); w != 1920 || h != 1080 {
		t.Errorf("SVG = %dx%d, want unscaled", w, h)
	}
}

func TestFit(t *testing.T) {
	var r Frame
	cases := []struct {
		in    string
		width int
		whole bool // fits without shortening
	}{
		{"OpenAI", 400, true},
		{"Microsoft invests in Anthropic", 120, false},
		{"微软向 Anthropic 融资 100 亿美元", 150, false},
		{"硅谷前 10 家 AI 公司所占 GPU 资源", 1000, true},
		{"甲骨文向 OpenAI 下达的算力订单", 110, false},
	}
	for _, c := range cases {
		got := r.Fit(c.in, 20, c.width)
		if w := r.MeasureText(got, 20); w > c.width {
			t.Errorf("Fit(%q, %d) = %q, %dpx wide", c.in, c.width, got, w)
		}
		if c.whole != (got == c.in) {
			t.Errorf("Fit(%q, %d) = %q", c.in, c.width, got)
		}
		if c.whole {
			continue
		}
		// Chinese takes the centred "…"; Latin the baseline "...".
		body := strings.TrimSuffix(strings.TrimSuffix(got, "…"), "...")
		last := []rune(body)
		if len(last) == 0 || body == got || strings.HasSuffix(got, "…") != isCJK(last[len(last)-1]) {
			t.Errorf("Fit(%q, %d) = %q: want a prefix and the ellipsis its script takes", c.in, c.width, got)
		}
	}
}

func TestWrap(t *testing.T) {
	var r Frame
	cases := []struct {
		in        string
		width     int
		maxLines  int
		wantLines int // exact count; 0 means "more than one"
		whole     bool
	}{
		{"OpenAI", 300, 0, 1, true},
		{"Extra compute OpenAI asked of Microsoft", 160, 0, 0, true},
		{"OpenAI 向微软额外申请的算力资源与芯片订单", 120, 0, 0, true},                               // no spaces: must break between CJK runes
		{"硅谷今年AI投资突破一千二百亿美元创历史新高", 100, 2, 2, false},                                // too long for 2 lines: last is shortened
		{"英伟达", 20, 0, 3, true},                                                     // narrower than one rune still keeps every rune
		{"See https://example.com/a/very/long/path for the data", 100, 0, 0, false}, // an unbreakable word is shortened
	}
	for _, c := range cases {
		lines := r.Wrap(c.in, 20, c.width, c.maxLines)
		if len(lines) == 0 {
			t.Errorf("Wrap(%q) vanished", c.in)
			continue
		}
		if c.wantLines > 0 && len(lines) != c.wantLines {
			t.Errorf("Wrap(%q, %d) = %q: %d lines, want %d", c.in, c.width, lines, len(lines), c.wantLines)
		}
		if c.wantLines == 0 && len(lines) < 2 {
			t.Errorf("Wrap(%q, %d) = %q: want it wrapped", c.in, c.width, lines)
		}
		for _, l := range lines {
			if w := r.MeasureText(l, 20); w > c.width && len([]rune(l)) > 2 {
				t.Errorf("Wrap(%q, %d): line %q is %dpx wide", c.in, c.width, l, w)
			}
		}
		joined := strings.ReplaceAll(strings.Join(lines, ""), " ", "")
		if c.whole && joined != strings.ReplaceAll(c.in, " ", "") {
			t.Errorf("Wrap(%q) lost text: %q", c.in, lines)
		}
		for _, l := range lines {
			if l == "" {
				t.Errorf("Wrap(%q) has an empty line: %q", c.in, lines)
			}
			if w := r.MeasureText(l, 20); w > c.width && len([]rune(l)) > 1 {
				t.Errorf("Wrap(%q): line %q is %dpx, wider than %d", c.in, l, w, c.width)
			}
		}
	}
}

// No wrapped line starts with a closing mark or ends with an opening one
// (a legend once put "）" alone on a line), and no text is lost.
func TestWrapKeepsMarksWithTheirText(t *testing.T) {
	var r Frame
	for _, s := range []string{"第三极:谷歌 + 甲骨文 + 英特尔（预测）", "点击公司或交易，查看关系、日期和来源。", "《人工智能》与「算力」之争"} {
		for w := 60; w <= 400; w += 5 {
			lines := r.Wrap(s, 20, w, 0)
			for i, l := range lines {
				if i > 0 && strings.ContainsRune(noBreakBefore, []rune(l)[0]) {
					t.Errorf("Wrap(%q, %d) = %q: line %d starts with a closing mark", s, w, lines, i)
				}
				if i < len(lines)-1 && strings.ContainsRune(noBreakAfter, lastRune(l)) {
					t.Errorf("Wrap(%q, %d) = %q: line %d ends with an opening mark", s, w, lines, i)
				}
			}
			if got := strings.ReplaceAll(strings.Join(lines, ""), " ", ""); got != strings.ReplaceAll(s, " ", "") {
				t.Errorf("Wrap(%q, %d) lost text: %q", s, w, lines)
			}
		}
	}
}

func TestWriteFileReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chart.png")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The writer fails halfway: the old file must stand and no temp remain.
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half a pic")
		return errors.New("disk on fire")
	})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("existing file changed to %q", b)
	}
	assertOnly(t, dir, "chart.png")

	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file = %q, want new", b)
	}
	assertOnly(t, dir, "chart.png")
}

func TestWriteFileNoPartialWhileWriting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.svg")
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan error)
	go func() {
		done <- WriteFile(path, func(w io.Writer) error {
			io.WriteString(w, "<svg")
			close(started)
			<-release // blocked mid-write
			return errors.New("cancelled")
		})
	}()
	<-started
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("destination exists while the write is in progress: %v", err)
	}
	close(release)
	if err := <-done; err == nil {
		t.Fatal("want the writer's error")
	}
	assertOnly(t, dir)
}

func TestWriteFileUnwritableFolder(t *testing.T) {
	err := WriteFile(filepath.Join(t.TempDir(), "missing", "x.png"), func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "cannot write in") {
		t.Errorf("err = %v", err)
	}
	failing := func(dir, pattern string) (*os.File, error) { return nil, errors.New("read-only file system") }
	if err := writeFile(filepath.Join(t.TempDir(), "x.png"), func(w io.Writer) error { return nil }, failing); err == nil {
		t.Error("want the create error")
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("folder holds %q, want %q", got, names)
	}
}

func TestLongFooterWrapsNotCut(t *testing.T) {
	o := Defaults()
	o.Format, o.Width, o.Height = SVG, 640, 360
	o.Footer = "Source: OpenAI allies with Amazon, Microsoft with Anthropic: Silicon Valley has interests, not allies, Nov 2025 · rumoured / estimate figures marked"
	svg := string(render(t, o, func(Frame) error { return nil }))
	if !strings.Contains(svg, "figures marked</text>") {
		t.Errorf("the footer's end is lost:\n%s", svg)
	}
}

// TestFramedPaintsBackground: Framed's picture is the canvas's, the
// background painted to the last pixel.
func TestFramedPaintsBackground(t *testing.T) {
	o := Defaults()
	o.Width, o.Height, o.Scale = 320, 320, 1
	img, err := Framed(o, func(Frame) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if img.Rect.Dx() != 320 || img.Rect.Dy() != 320 {
		t.Errorf("picture %v, want 320×320", img.Rect)
	}
	if c := img.RGBAAt(319, 319); c != color.RGBA(Light.Background) {
		t.Errorf("background pixel = %v, want %v", c, Light.Background)
	}
}

// Wrapped lines are balanced: as many as filling each would take, none
// longer than filling would make it, and no label ends in one character
// alone ("微软向 Anthropic 融资 100 亿美" / "元").
func TestWrapBalanced(t *testing.T) {
	var r Frame
	s := "微软向 Anthropic 融资 100 亿美元"
	orphan := 0
	for w := 80; w < r.MeasureText(s, 20); w++ {
		if g := wrapGreedy(s, 20, w, 2); len(g) == 2 && len([]rune(g[1])) == 1 {
			orphan = w
			break
		}
	}
	if orphan == 0 {
		t.Fatal("no width leaves one character alone when filling lines")
	}
	if l := r.Wrap(s, 20, orphan, 2); len(l) != 2 || len([]rune(l[1])) < 3 {
		t.Errorf("Wrap at %d px = %q: the last line is still short", orphan, l)
	}
	for _, s := range []string{s, "Alliances dissolve on a compute glut", "OpenAI valuation gain on deal day", "第三极:谷歌 + 甲骨文 + 英特尔（预测）"} {
		for w := 60; w <= 400; w += 7 {
			g, b := wrapGreedy(s, 20, w, 0), r.Wrap(s, 20, w, 0)
			widest := func(ls []string) (m int) {
				for _, l := range ls {
					m = max(m, r.MeasureText(l, 20))
				}
				return m
			}
			if len(b) != len(g) || whole(g, s) && !whole(b, s) || widest(b) > widest(g) {
				t.Errorf("Wrap(%q, %d) = %q, filling gives %q", s, w, b, g)
			}
		}
	}
}

// Every format lays out by go-chart's raster measure, which the views
// were designed on, so a label wraps and fits the same way in every format.
func TestMeasureIsGoChart(t *testing.T) {
	ref, _ := goChartPNG(10, 10)
	ref.SetFont(Font())
	off := 0
	for _, size := range []float64{11, 18, 24.5, 44} {
		for _, s := range []string{"OpenAI", "Amazon Web Services (AWS)", "$38B?", "硅谷 AI 阵营", "微软向 Anthropic 融资 100 亿美元", "j,Qy"} {
			ref.SetFontSize(size)
			a, b := ref.MeasureText(s).Width(), (Frame{}).MeasureText(s, size)
			if d := a - b; d < -1 || d > 1 {
				t.Errorf("%q at %g: go-chart %d, canvas %d", s, size, a, b)
			}
			if a != b {
				off++
			}
		}
	}
	if off > 4 {
		t.Errorf("%d of 24 measures differ by a pixel", off)
	}
}

// A raster canvas from the pool paints the same picture as a fresh one,
// in any order and from several goroutines (go test -race checks the
// sharing), and leaves the pictures it gave out alone.
func TestImagePooledCanvases(t *testing.T) {
	draws := []DrawFunc{textDraw("OpenAI 亚马逊 AWS"), func(f Frame) error {
		f.FillRect(chart.NewBox(10, 10, 200, 90), Dark.Text)
		return Clipped(f, textDraw("clipped 剪裁"))
	}}
	first := make([]*image.RGBA, len(draws))
	for i, d := range draws {
		img, err := Image(320, 120, 1, Light, "en", d)
		if err != nil {
			t.Fatal(err)
		}
		first[i] = img
	}
	keep := make([][]byte, len(first))
	for i, img := range first {
		keep[i] = append([]byte(nil), img.Pix...)
	}
	var wg sync.WaitGroup
	for k := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			i := k % len(draws)
			img, err := Image(320, 120, 1, Light, "en", draws[i])
			if err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(img.Pix, keep[i]) {
				t.Errorf("draw %d: a pooled canvas painted another picture", i)
			}
		}()
	}
	wg.Wait()
	for i, img := range first {
		if !bytes.Equal(img.Pix, keep[i]) {
			t.Errorf("draw %d: the first picture changed after its canvas went back to the pool", i)
		}
	}
}

// TestWriteFileMode: a file replaced keeps its mode (a private 0600 file
// stays private, an executable stays executable); a new file is 0644 less
// the umask, as any file the user makes.
func TestWriteFileMode(t *testing.T) {
	umask := syscall.Umask(0o022)
	syscall.Umask(umask)
	for _, c := range []struct {
		name string
		old  os.FileMode // 0: no file before
		want os.FileMode
	}{
		{"new file", 0, 0o644 &^ os.FileMode(umask)},
		{"private file", 0o600, 0o600},
		{"group-readable file", 0o640, 0o640},
		{"executable", 0o755, 0o755},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.png")
			if c.old != 0 {
				if err := os.WriteFile(path, []byte("old"), c.old); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, c.old); err != nil { // past the umask
					t.Fatal(err)
				}
			}
			if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
				t.Fatal(err)
			}
			st, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := st.Mode().Perm(); got != c.want {
				t.Errorf("mode %v, want %v", got, c.want)
			}
		})
	}
}

// TestAbortRemovesTemp: Abort (the CLI's Ctrl-C) removes the temporary file
// of a write in progress, and that write then fails rather than replace the
// old file.
func TestAbortRemovesTemp(t *testing.T) {
	t.Cleanup(func() { inFlight.Lock(); inFlight.aborted = false; inFlight.Unlock() })
	dir := t.TempDir()
	path := filepath.Join(dir, "deck.pptx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan error)
	go func() {
		done <- WriteFile(path, func(w io.Writer) error {
			io.WriteString(w, "half a deck")
			close(started)
			<-release
			_, err := io.WriteString(w, " and the rest")
			return err
		})
	}()
	<-started
	if n := Abort(); n != 1 {
		t.Errorf("Abort removed %d files, want 1", n)
	}
	assertOnly(t, dir, "deck.pptx")
	close(release)
	if err := <-done; err == nil {
		t.Error("the aborted write succeeded")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("the old file became %q", b)
	}
	assertOnly(t, dir, "deck.pptx")
	if err := WriteFile(filepath.Join(dir, "later.png"), func(w io.Writer) error { return nil }); err == nil {
		t.Error("a write after Abort succeeded")
	}
	assertOnly(t, dir, "deck.pptx")
}

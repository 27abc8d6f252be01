//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aicamps/aicamps/tools/xvfb"
)

// Timeouts are generous: CI shares two cores with a cgo build.
const (
	windowTimeout = 90 * time.Second
	changeTimeout = 15 * time.Second
	exitTimeout   = 20 * time.Second
	title         = "AI Camps"
)

var (
	display string // ":1", set by TestMain
	shotDir string
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s not found: run make deps (Debian packages xvfb, xdotool, imagemagick)\n", tool)
			return 1
		}
	}
	var err error
	if shotDir = os.Getenv("E2E_SHOTS"); shotDir != "" {
		err = os.MkdirAll(shotDir, 0o755)
	} else {
		shotDir, err = os.MkdirTemp("", "aicamps-e2e-")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	stop, err := startXvfb()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	code := m.Run()
	stop()
	if code == 0 && os.Getenv("E2E_SHOTS") == "" {
		os.RemoveAll(shotDir)
	} else {
		fmt.Fprintln(os.Stderr, "e2e: screenshots in", shotDir)
	}
	return code
}

// startXvfb starts a 1280×800 X server and returns a function that stops
// it.
func startXvfb() (stop func(), err error) {
	display, stop, err = xvfb.Start("1280x800x24")
	return stop, err
}

// app is one run of bin/aicamps on the test display.
type app struct {
	t      *testing.T
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan struct{}
	err    error // Wait's result, valid after done is closed
	wid    string
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func binary(t *testing.T) string {
	bin := os.Getenv("AICAMPS_BIN")
	if bin == "" {
		bin = "../bin/aicamps"
	}
	bin, _ = filepath.Abs(bin)
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s: %v (run make build, or set AICAMPS_BIN)", bin, err)
	}
	return bin
}

// launch starts the app in lang with a fresh home (no saved preferences) and
// waits for its window to be visible.
func launch(t *testing.T, lang string, args ...string) *app {
	t.Helper()
	return launchHome(t, t.TempDir(), lang, args...)
}

// launchHome starts the app with home as its home folder (its preferences).
func launchHome(t *testing.T, home, lang string, args ...string) *app {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	env := []string{}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "DISPLAY" || k == "HOME" || k == "LANG" || k == "LANGUAGE" || strings.HasPrefix(k, "LC_") || strings.HasPrefix(k, "XDG_") {
			continue
		}
		env = append(env, kv)
	}
	cmd.Env = append(env, "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "LANG="+lang)
	a := &app{t: t, cmd: cmd, stderr: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stderr = a.stderr
	cmd.Stdout = a.stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", cmd.Path, err)
	}
	go func() { a.err = cmd.Wait(); close(a.done) }()
	t.Cleanup(func() {
		select {
		case <-a.done:
		default:
			cmd.Process.Kill()
			<-a.done
		}
		if t.Failed() {
			t.Logf("app output:\n%s", a.stderr.String())
		}
	})

	ctx, cancel := context.WithTimeout(context.Background(), windowTimeout)
	defer cancel()
	out, err := xdo(ctx, "search", "--sync", "--onlyvisible", "--name", title)
	if err != nil {
		t.Fatalf("no visible window named %q after %v: %v", title, windowTimeout, err)
	}
	a.wid = strings.Fields(out)[0]
	return a
}

func xdo(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("xdotool %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// key presses a key chord in the app's window. The window gets the input
// focus first, and the chord goes through XTEST like a real keyboard's, since
// GLFW does not act on synthetic (XSendEvent) key events.
func (a *app) key(chord string) {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := xdo(ctx, "windowfocus", "--sync", a.wid); err != nil {
		a.t.Fatal(err)
	}
	if _, err := xdo(ctx, "key", "--clearmodifiers", chord); err != nil {
		a.t.Fatal(err)
	}
}

// running reports whether the app has not exited.
func (a *app) running() bool {
	select {
	case <-a.done:
		return false
	default:
		return true
	}
}

// quit presses Ctrl+Q and expects a clean exit.
func (a *app) quit() {
	a.t.Helper()
	a.key("ctrl+q")
	select {
	case <-a.done:
		if a.err != nil {
			a.t.Fatalf("exit after Ctrl+Q: %v", a.err)
		}
	case <-time.After(exitTimeout):
		a.cmd.Process.Kill()
		a.t.Fatalf("still running %v after Ctrl+Q: killed", exitTimeout)
	}
}

// shot takes a screenshot of the whole screen into shotDir/name.png.
func shot(t *testing.T, name string) (image.Image, string) {
	t.Helper()
	path := filepath.Join(shotDir, name+".png")
	cmd := exec.Command("import", "-display", display, "-window", "root", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("import: %v: %s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img, path
}

// settled takes screenshots until two in a row are the same (the window has
// finished drawing) and returns the last.
func settled(t *testing.T, name string) (image.Image, string) {
	t.Helper()
	prev, _ := shot(t, name)
	deadline := time.Now().Add(changeTimeout)
	for time.Now().Before(deadline) {
		time.Sleep(400 * time.Millisecond)
		img, path := shot(t, name)
		if diff(prev, img) < 0.0002 { // a caret or spinner may blink
			return img, path
		}
		prev = img
	}
	t.Fatalf("%s: the screen kept changing for %v", name, changeTimeout)
	return nil, ""
}

// changed waits for the screen to differ from before by more than frac of
// its pixels, and returns the settled screenshot.
func changed(t *testing.T, before image.Image, name string, frac float64) (image.Image, string) {
	t.Helper()
	deadline := time.Now().Add(changeTimeout)
	for {
		img, path := shot(t, name)
		if d := diff(before, img); d > frac {
			return settled(t, name)
		} else if time.Now().After(deadline) {
			t.Fatalf("%s: the screen did not change (%.4f of pixels differ, want > %.4f): %s", name, d, frac, path)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// colours counts distinct colours, up to limit.
func colours(img image.Image, limit int) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// diff is the fraction of pixels whose colour differs noticeably.
func diff(a, b image.Image) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	n, total := 0, 0
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			total++
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) {
				n++
			}
		}
	}
	return float64(n) / float64(total)
}

func far(a, b uint32) bool {
	d := int(a>>8) - int(b>>8)
	return d > 12 || d < -12
}

func notBlank(t *testing.T, img image.Image, path string) {
	t.Helper()
	if n := colours(img, 64); n < 16 {
		t.Fatalf("screenshot looks blank: %d distinct colours: %s", n, path)
	}
}

// TestSmoke starts the app on the bundled data, switches views with Ctrl+2
// and Ctrl+3, quits with Ctrl+Q; then opens a broken file and expects the
// app to stay up with an error dialog over the bundled data.
func TestSmoke(t *testing.T) {
	a := launch(t, "en_US.UTF-8")
	network, path := settled(t, "en-1-network")
	notBlank(t, network, path)

	a.key("ctrl+2")
	timeline, path := changed(t, network, "en-2-timeline", 0.0015)
	notBlank(t, timeline, path)

	a.key("ctrl+3")
	charts, path := changed(t, timeline, "en-3-charts", 0.0015)
	notBlank(t, charts, path)

	a.key("ctrl+1")
	changed(t, charts, "en-4-network-again", 0.0015)
	a.quit()

	t.Run("bad data file", func(t *testing.T) {
		bad, _ := filepath.Abs("testdata/bad.json")
		a := launch(t, "en_US.UTF-8", "--data", bad)
		img, path := settled(t, "en-5-bad-file")
		notBlank(t, img, path)
		// The error dialog covers the middle of the window.
		if d := diff(network, img); d < 0.02 {
			t.Errorf("no error dialog: only %.4f of pixels differ from the normal start: %s", d, path)
		}
		if !a.running() {
			t.Fatalf("the app exited on a bad file: %v", a.err)
		}
		if out := a.stderr.String(); !strings.Contains(out, "bad.json") {
			t.Errorf("stderr does not name the bad file:\n%s", out)
		}
		a.quit()
	})

	t.Run("remembers the view", func(t *testing.T) {
		home := t.TempDir()
		a := launchHome(t, home, "en_US.UTF-8")
		first, _ := settled(t, "en-6-first-run")
		a.key("ctrl+2")
		before, _ := changed(t, first, "en-7-timeline-before-quit", 0.0015)
		a.quit()
		a = launchHome(t, home, "en_US.UTF-8")
		after, path := settled(t, "en-8-timeline-after-restart")
		if d := diff(before, after); d > 0.001 {
			t.Errorf("the restarted app does not show the last view (%.4f of pixels differ): %s", d, path)
		}
		a.quit()
	})

	t.Run("chinese", func(t *testing.T) {
		a := launch(t, "zh_CN.UTF-8")
		img, path := settled(t, "zh-1-network")
		notBlank(t, img, path)
		if d := diff(network, img); d < 0.001 {
			t.Errorf("the Chinese window looks like the English one (%.4f of pixels differ): %s", d, path)
		}
		a.quit()
	})

	// C.UTF-8, many containers' default: English, and no locale error
	// from Fyne in the log.
	t.Run("C locale", func(t *testing.T) {
		a := launch(t, "C.UTF-8")
		img, path := settled(t, "c-1-network")
		if d := diff(network, img); d > 0.001 {
			t.Errorf("the C-locale window is not the English one (%.4f of pixels differ): %s", d, path)
		}
		a.quit()
		if out := a.stderr.String(); strings.Contains(out, "locale") {
			t.Errorf("locale error in the log:\n%s", out)
		}
	})
}

//go:build soak && !e2e

// The soak test: `make soak` (not part of make test). It drives the real
// window with seeded random input for SOAK_DURATION (default 5m) under its
// own 2560×1440 Xvfb, and passes when the app neither crashed nor panicked,
// its memory grew by less than 10% after the first minute, and the window
// still answers. It prints a one-line summary starting with "soak:".

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aicamps/aicamps/tools/xvfb"
)

const (
	soakTitle    = "AI Camps"
	screenW      = 2560
	screenH      = 1440
	sampleEvery  = 30 * time.Second
	warmup       = time.Minute
	maxGrowth    = 0.10
	sampleWindow = "1600 900" // the size memory is sampled at, for like with like
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// soak holds one run.
type soak struct {
	t       *testing.T
	display string
	wid     string
	pid     int
	rnd     *rand.Rand
	shots   string
	counts  map[string]int
	winW    int // current window size, for picking points inside it
	winH    int
}

func (s *soak) xdo(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+s.display)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("xdotool %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

func TestSoak(t *testing.T) {
	dur, seed, bin := soakSettings(t)
	for _, tool := range []string{bin, "Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s: %v (make build; make deps)", tool, err)
		}
	}
	s := &soak{t: t, rnd: rand.New(rand.NewPCG(seed, 0x50a4)), counts: map[string]int{}}
	s.shots = os.Getenv("SOAK_SHOTS")
	if s.shots == "" {
		s.shots = t.TempDir()
	}
	os.MkdirAll(s.shots, 0o755)
	s.startX()

	home := t.TempDir()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DISPLAY="+s.display, "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "LANG=en_US.UTF-8")
	logs := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s.pid = cmd.Process.Pid
	done := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		select {
		case <-done:
		default:
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("app output:\n%.20000s", logs.String())
		}
	})
	out, err := s.xdo("search", "--sync", "--onlyvisible", "--name", soakTitle)
	if err != nil {
		t.Fatalf("no window: %v\n%s", err, logs.String())
	}
	s.wid = strings.Fields(out)[0]
	s.resize(1600, 900)

	samples, crashed, start := s.drive(dur, done, &waitErr)

	// Verdicts.
	var fails []string
	if crashed != "" {
		fails = append(fails, crashed)
	}
	log := logs.String()
	for _, bad := range []string{"panic:", "fatal error:", "goroutine "} {
		if strings.Contains(log, bad) {
			fails = append(fails, fmt.Sprintf("%q in the app's output", bad))
		}
	}
	growth := 0.0
	var base, last int64
	for _, sm := range samples {
		if sm.at >= warmup && base == 0 {
			base = sm.rss
		}
	}
	if len(samples) > 0 {
		last = samples[len(samples)-1].rss
	}
	if base > 0 {
		growth = float64(last-base) / float64(base)
		if growth >= maxGrowth {
			fails = append(fails, fmt.Sprintf("RSS grew %.1f%% after the first minute (%d → %d MiB)", 100*growth, base>>10, last>>10))
		}
	} else if dur >= warmup {
		fails = append(fails, "no memory sample after the first minute")
	}
	answering := "no"
	if crashed == "" {
		if err := s.answers(); err != nil {
			fails = append(fails, err.Error())
		} else {
			answering = "yes"
		}
		s.key("ctrl+q")
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			fails = append(fails, "still running 30s after Ctrl+Q")
		}
	}

	summary := s.summary(time.Since(start), seed, samples, growth, log, answering, fails)
	fmt.Println(summary)
	if len(fails) > 0 {
		t.Fatal(summary)
	}
}

// drive acts at random on the window for dur, sampling its memory every
// sampleEvery, and says how the app ended if it did (done closed).
func (s *soak) drive(dur time.Duration, done <-chan struct{}, waitErr *error) (samples []sample, crashed string, start time.Time) {
	start = time.Now()
	nextSample := time.Duration(0)
	for time.Since(start) < dur {
		select {
		case <-done:
			crashed = fmt.Sprintf("the app exited after %v: %v", time.Since(start).Round(time.Second), *waitErr)
		default:
		}
		if crashed != "" {
			break
		}
		if el := time.Since(start); el >= nextSample {
			rss := s.sample(len(samples))
			samples = append(samples, sample{el, rss})
			s.t.Logf("%6v RSS %d MiB", el.Round(time.Second), rss>>10)
			nextSample += sampleEvery
			continue
		}
		s.act()
	}
	if crashed == "" {
		select {
		case <-done:
			crashed = fmt.Sprintf("the app exited: %v", *waitErr)
		default:
		}
	}
	// Final sample, then the window must still answer.
	if crashed == "" {
		el := time.Since(start)
		samples = append(samples, sample{el, s.sample(len(samples))})
	}
	return samples, crashed, start
}

// soakSettings are the run's length, seed and binary: SOAK_DURATION (5m),
// SOAK_SEED (1) and AICAMPS_BIN (../bin/aicamps).
func soakSettings(t *testing.T) (dur time.Duration, seed uint64, bin string) {
	dur = 5 * time.Minute
	if v := os.Getenv("SOAK_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("SOAK_DURATION=%q: %v", v, err)
		}
		dur = d
	}
	seed = 1
	if v := os.Getenv("SOAK_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("SOAK_SEED=%q: %v", v, err)
		}
		seed = n
	}
	bin = os.Getenv("AICAMPS_BIN")
	if bin == "" {
		bin = "../bin/aicamps"
	}
	bin, _ = filepath.Abs(bin)
	return dur, seed, bin
}

// sample is the app's resident memory at a moment of the run.
type sample struct {
	at  time.Duration
	rss int64 // KiB
}

// summary is the run's one line: actions, memory, verdict.
func (s *soak) summary(took time.Duration, seed uint64, samples []sample, growth float64, log, answering string, fails []string) string {
	var acts []string
	total := 0
	for _, k := range []string{"click", "drag", "scroll", "key", "export-dialog", "resize", "tab", "as-of"} {
		acts = append(acts, fmt.Sprintf("%s %d", k, s.counts[k]))
		total += s.counts[k]
	}
	verdict := "PASS"
	if len(fails) > 0 {
		verdict = "FAIL: " + strings.Join(fails, "; ")
	}
	rssList := []string{}
	for _, sm := range samples {
		rssList = append(rssList, strconv.FormatInt(sm.rss>>10, 10))
	}
	summary := fmt.Sprintf("soak: %v seed %d, %d actions (%s), RSS MiB every %v: %s; growth after 1m %+.1f%%; panics none=%v; window answering %s; %s",
		took.Round(time.Second), seed, total, strings.Join(acts, ", "), sampleEvery, strings.Join(rssList, " "),
		100*growth, !strings.Contains(log, "panic:"), answering, verdict)
	return summary
}

// startX starts a 2560×1440 Xvfb.
func (s *soak) startX() {
	d, stop, err := xvfb.Start(fmt.Sprintf("%dx%dx24", screenW, screenH))
	if err != nil {
		s.t.Fatal(err)
	}
	s.display = d
	s.t.Cleanup(stop)
}

// act does one random thing to the window.
func (s *soak) act() {
	r := s.rnd
	switch p := r.IntN(100); {
	case p < 25:
		x, y := s.point()
		s.xdo("mousemove", "--window", s.wid, strconv.Itoa(x), strconv.Itoa(y), "click", "1")
		s.counts["click"]++
	case p < 40:
		x0, y0 := s.point()
		x1, y1 := s.point()
		s.xdo("mousemove", "--window", s.wid, strconv.Itoa(x0), strconv.Itoa(y0), "mousedown", "1")
		for i := 1; i <= 4; i++ {
			s.xdo("mousemove", "--window", s.wid, strconv.Itoa(x0+(x1-x0)*i/4), strconv.Itoa(y0+(y1-y0)*i/4))
		}
		s.xdo("mouseup", "1")
		s.counts["drag"]++
	case p < 55:
		x, y := s.point()
		button := []string{"4", "5"}[r.IntN(2)]
		s.xdo("mousemove", "--window", s.wid, strconv.Itoa(x), strconv.Itoa(y), "click", "--repeat", strconv.Itoa(1+r.IntN(5)), button)
		s.counts["scroll"]++
	case p < 65:
		s.key([]string{"ctrl+0", "ctrl+1", "ctrl+2", "ctrl+3"}[r.IntN(4)])
		s.counts["key"]++
	case p < 70:
		// The export dialog opens and is dismissed.
		s.key("ctrl+e")
		time.Sleep(time.Duration(300+r.IntN(700)) * time.Millisecond)
		s.key("Escape")
		s.counts["export-dialog"]++
	case p < 78:
		w := 320 + r.IntN(screenW-320+1)
		h := 240 + r.IntN(screenH-240+1)
		if r.IntN(4) == 0 { // the extremes, often
			w, h = []int{320, screenW}[r.IntN(2)], []int{240, screenH}[r.IntN(2)]
		}
		s.resize(w, h)
		s.counts["resize"]++
	case p < 88:
		s.key([]string{"ctrl+1", "ctrl+2", "ctrl+3"}[r.IntN(3)])
		s.counts["tab"]++
	default:
		// The as-of slider sits at the right of the status bar, about
		// 200 px wide: drag along the bottom row there, then sometimes
		// press its All button.
		y := s.winH - 18
		x0 := s.winW - 300 - r.IntN(150)
		x1 := x0 + r.IntN(200) - 100
		s.xdo("mousemove", "--window", s.wid, strconv.Itoa(max(x0, 1)), strconv.Itoa(y), "mousedown", "1",
			"mousemove", "--window", s.wid, strconv.Itoa(max(x1, 1)), strconv.Itoa(y), "mouseup", "1")
		s.counts["as-of"]++
	}
	time.Sleep(time.Duration(20+s.rnd.IntN(120)) * time.Millisecond)
}

// point is a random place in the window, below its menu bar (a random
// click on File › Quit would end the soak early).
func (s *soak) point() (int, int) {
	return s.rnd.IntN(max(s.winW, 1)), 40 + s.rnd.IntN(max(s.winH-40, 1))
}

func (s *soak) key(chord string) {
	s.xdo("windowfocus", "--sync", s.wid)
	s.xdo("key", "--clearmodifiers", chord)
}

func (s *soak) resize(w, h int) {
	s.xdo("windowsize", s.wid, strconv.Itoa(w), strconv.Itoa(h))
	s.xdo("windowmove", s.wid, "0", "0")
	s.winW, s.winH = w, h
	if out, err := s.xdo("getwindowgeometry", s.wid); err == nil {
		// "  Geometry: 1600x900"; the app may refuse to shrink below its minimum.
		if _, g, ok := strings.Cut(out, "Geometry: "); ok {
			fmt.Sscanf(g, "%dx%d", &s.winW, &s.winH)
		}
	}
}

// sample closes any dialog, brings the window to a fixed size and view,
// lets it settle, screenshots it and returns the app's VmRSS in KiB.
func (s *soak) sample(i int) int64 {
	s.key("Escape")
	w, h := 1600, 900
	fmt.Sscanf(sampleWindow, "%d %d", &w, &h)
	s.resize(w, h)
	s.key("ctrl+1")
	time.Sleep(2 * time.Second)
	s.shot(fmt.Sprintf("sample-%02d", i))
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}

func (s *soak) shot(name string) image.Image {
	path := filepath.Join(s.shots, name+".png")
	cmd := exec.Command("import", "-display", s.display, "-window", "root", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		s.t.Logf("import: %v: %s", err, out)
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	img, _ := png.Decode(f)
	return img
}

// answers checks that the window is still there and redraws on a tab switch.
func (s *soak) answers() error {
	if _, err := s.xdo("search", "--onlyvisible", "--name", soakTitle); err != nil {
		return fmt.Errorf("the window is gone: %v", err)
	}
	s.key("Escape")
	s.key("ctrl+1")
	time.Sleep(2 * time.Second)
	before := s.shot("final-network")
	for _, k := range []string{"ctrl+2", "ctrl+3"} {
		s.key(k)
		deadline := time.Now().Add(20 * time.Second)
		for {
			time.Sleep(500 * time.Millisecond)
			after := s.shot("final-" + k)
			if before != nil && after != nil && changedFrac(before, after) > 0.0015 {
				before = after
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("the screen did not change within 20s after %s", k)
			}
		}
	}
	return nil
}

func changedFrac(a, b image.Image) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	n, total := 0, 0
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y += 2 {
		for x := bd.Min.X; x < bd.Max.X; x += 2 {
			total++
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if d := int(r1>>8) - int(r2>>8) + int(g1>>8) - int(g2>>8) + int(b1>>8) - int(b2>>8); d > 36 || d < -36 {
				n++
			}
		}
	}
	return float64(n) / float64(total)
}

package app

import (
	"bytes"
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

func waitDone(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(60 * time.Second):
		t.Fatal("the replay export did not finish")
		return nil
	}
}

// File › Export replay… writes the GIF off the UI thread and says so.
func TestReplayExportFromWindow(t *testing.T) {
	u := newTestUI(t, nil, options{})
	f := newReplayForm(u.tr)
	f.size.SetSelected("1080x1080")
	f.delay.SetSelected("0.5s")
	ext, view, w, h, delay, err := f.choice()
	if err != nil || ext != ".gif" || view != "network" || w != 1080 || h != 1080 || delay != 500*time.Millisecond {
		t.Fatalf("choice = %s %s %dx%d %v, %v", ext, view, w, h, delay, err)
	}
	path := filepath.Join(t.TempDir(), "story.gif")
	done, _ := u.startReplayExport(path, u.replayJob(view, 640, 360, delay))
	if err := waitDone(t, done); err != nil {
		t.Fatal(err)
	}
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	g, err := gif.DecodeAll(fh)
	if err != nil || len(g.Image) != len(replaySteps(u.state.Data)) || g.Delay[0] != 50 {
		t.Fatalf("GIF: %v; %d frames, want one per step with a 50 cs delay", err, len(g.Image))
	}
	if u.status.notice.Text != "Saved "+path {
		t.Errorf("status bar says %q", u.status.notice.Text)
	}
}

// Cancel leaves nothing behind: no file, no temporary file, and an old
// file at the path is kept.
func TestReplayExportCancel(t *testing.T) {
	u := newTestUI(t, nil, options{})
	dir := t.TempDir()
	for _, old := range []bool{false, true} {
		path := filepath.Join(dir, "story.pptx")
		if old {
			os.WriteFile(path, []byte("old deck"), 0o644)
		}
		done, cancel := u.startReplayExport(path, u.replayJob("timeline", 640, 360, time.Second))
		cancel()
		if err := waitDone(t, done); err != errCancelled {
			t.Fatalf("err = %v, want cancelled", err)
		}
		entries, _ := os.ReadDir(dir)
		if b, _ := os.ReadFile(path); (old && string(b) != "old deck") || (!old && len(entries) != 0) || len(entries) > 1 {
			t.Errorf("after Cancel (old file %v): %v in the folder, %q at the path", old, entries, b)
		}
	}
}

// A replay from the window replays the views as it shows them: a camp the
// network's filter hides stays hidden on every slide, and the timeline
// keeps its company filter; without the window's scenes (the CLI) all shows.
func TestReplayKeepsTheWindowsFilters(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	last := func(view string, seen *seenScenes) string {
		t.Helper()
		o := export.Defaults()
		o.Format = export.SVG
		j := outJob{ds: ds, opts: o, replay: true, named: true, items: []export.Item{{Name: view}}, seen: seen}
		ss, err := replaySlides(j)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := export.Render(&b, ss[len(ss)-1].Opts, ss[len(ss)-1].Draw); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	hidden := &seenScenes{
		net: network.Scene{HiddenCamps: map[string]bool{"maa": true}},
		tl:  timeline.Scene{Query: timeline.Query{Company: "anthropic"}},
	}
	if all, seen := last("network", nil), last("network", hidden); !strings.Contains(all, "MAA camp") || strings.Contains(seen, "MAA camp") {
		t.Errorf("network replay: the hidden MAA camp shows (%v) or the CLI's lacks it (%v)", strings.Contains(seen, "MAA camp"), !strings.Contains(all, "MAA camp"))
	}
	const other = "Q3 revenue" // NVIDIA's quarter: not an Anthropic event
	if all, seen := last("timeline", nil), last("timeline", hidden); !strings.Contains(all, other) || strings.Contains(seen, other) {
		t.Errorf("timeline replay: an event outside the company filter shows (%v) or the CLI's lacks it (%v)", strings.Contains(seen, other), !strings.Contains(all, other))
	}
}

// File › Export replay… hands the views' own scenes to the replay.
func TestReplayJobTakesTheViews(t *testing.T) {
	build, settle := queuedViews(t)
	u := newTestUI(t, nil, options{views: build})
	settle()
	j := u.replayJob("network", 640, 360, time.Second)
	if j.seen == nil || j.seen.net.Pos == nil || j.seen.tl.Data != u.state.Data {
		t.Fatalf("the replay job does not carry the window's scenes: %+v", j.seen)
	}
}

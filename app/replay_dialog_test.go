package app

import (
	"image/gif"
	"os"
	"path/filepath"
	"testing"
	"time"
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

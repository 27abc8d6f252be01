package app

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// The save dialog opens its writer (storage.Writer) before the app writes:
// in the window that no longer empties the old file, a failed write keeps
// it, and a whole one replaces it.
func TestWindowSaveIsAtomic(t *testing.T) {
	newTestUI(t, nil, options{})
	dir := t.TempDir()
	path := filepath.Join(dir, "network.png")
	os.WriteFile(path, []byte("old picture"), 0o644)
	uri := storage.NewFileURI(path)

	w, err := storage.Writer(uri) // what the save dialog hands over
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old picture" {
		t.Fatalf("opening the writer changed the file to %q", b)
	}
	err = writeSaved(w, func(out io.Writer) error {
		out.Write([]byte("half"))
		return errors.New("render failed")
	})
	if err == nil {
		t.Fatal("writeSaved hid the failure")
	}
	if b, _ := os.ReadFile(path); string(b) != "old picture" {
		t.Errorf("a failed save left %q", b)
	}

	w, _ = storage.Writer(uri)
	if err := writeSaved(w, func(out io.Writer) error { _, err := out.Write([]byte("new picture")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new picture" {
		t.Errorf("a whole save left %q", b)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("files left behind: %v", left)
	}
	// The file dialog still lists folders through the wrapped repository.
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err != nil {
		t.Error(err)
	} else if items, err := l.List(); err != nil || len(items) != 1 {
		t.Errorf("listing %s: %v, %v", dir, items, err)
	}
}

// A window export killed mid-write (kill -9 while half the file is in the
// temporary file) leaves the old file as it was.
func TestKilledWindowSaveKeepsOldFile(t *testing.T) {
	if path := os.Getenv("AICAMPS_HELPER_SAVE"); path != "" {
		test.NewTempApp(t)
		useAtomicFiles()
		w, _ := storage.Writer(storage.NewFileURI(path))
		writeSaved(w, func(out io.Writer) error { _, err := out.Write(bytes.Repeat([]byte("new "), 1<<16)); return err })
		return // not reached: export.WriteFile blocks halfway
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "deck.pptx")
	os.WriteFile(path, []byte("old deck"), 0o644)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWindowSaveKeepsOldFile$")
	cmd.Env = append(os.Environ(), "AICAMPS_HELPER_SAVE="+path, "AICAMPS_TEST_BLOCK_WRITE=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	halfway := false
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end) && !halfway; time.Sleep(20 * time.Millisecond) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".tmp") && info.Size() > 0 {
				halfway = true
			}
		}
	}
	cmd.Process.Kill()
	if !halfway {
		t.Fatal("the save never got halfway")
	}
	if b, _ := os.ReadFile(path); string(b) != "old deck" {
		t.Errorf("after the kill the file holds %.20q…, want the old deck", b)
	}
}

// The window's other saves (workbook, JSON, GEXF, GraphML, TimelineJS) go
// through saveTo: a failed one keeps the old file, a whole one replaces it.
func TestSaveToKeepsOldFileOnError(t *testing.T) {
	newTestUI(t, nil, options{})
	path := filepath.Join(t.TempDir(), "camps.xlsx")
	os.WriteFile(path, []byte("old precious"), 0o644)
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := saveTo(w, func(io.Writer) error { return errors.New("boom") }); err == nil {
		t.Fatal("saveTo hid the failure")
	}
	if b, err := os.ReadFile(path); string(b) != "old precious" {
		t.Errorf("a failed save left %q, %v", b, err)
	}
	w, _ = storage.Writer(storage.NewFileURI(path))
	if err := saveTo(w, func(out io.Writer) error { _, err := out.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("a whole save left %q", b)
	}
}

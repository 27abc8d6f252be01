package app

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/network"
)

// A save into a local file goes through a temporary file and a rename: the
// whole file or, on failure, none, and no temporary file left behind.
func TestSaveToIsAtomic(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "network.gexf")
	for _, tc := range []struct {
		name string
		fail bool
	}{{"ok", false}, {"fails", true}} {
		os.WriteFile(path, []byte("old"), 0o644)
		w, err := storage.Writer(storage.NewFileURI(path)) // what the save dialog hands over: already emptied
		if err != nil {
			t.Fatal(err)
		}
		err = saveTo(w, func(out io.Writer) error {
			out.Write([]byte("<gexf/>"))
			if tc.fail {
				return errors.New("write failed")
			}
			return nil
		})
		b, rerr := os.ReadFile(path)
		switch {
		case tc.fail && (err == nil || !os.IsNotExist(rerr)):
			t.Errorf("%s: err %v, left %q", tc.name, err, b)
		case !tc.fail && (err != nil || string(b) != "<gexf/>"):
			t.Errorf("%s: err %v, wrote %q", tc.name, err, b)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
			t.Errorf("%s: temporary files left: %v", tc.name, left)
		}
	}
}

// The graph files hold what the views show: the real views' scene, with
// the network's positions, the language and the date of the State.
func TestInterchangeUsesTheViews(t *testing.T) {
	build, settle := queuedViews(t)
	u := newTestUI(t, nil, options{views: build})
	settle()
	u.state.SetLang("zh")
	nw, tl := u.scenes()
	if nw.Pos == nil || nw.Lang != "zh" || tl.Data != u.state.Data {
		t.Fatalf("network scene lang %q, positions %v; timeline data %p", nw.Lang, nw.Pos != nil, tl.Data)
	}
	var view, def bytes.Buffer
	if err := network.WriteGEXFScene(&view, nw); err != nil {
		t.Fatal(err)
	}
	network.WriteGEXF(&def, u.state.Data, u.state.AsOf)
	if bytes.Equal(view.Bytes(), def.Bytes()) {
		t.Error("the window's GEXF is the CLI's English default, not the view's")
	}
	// Stand-in views have no scenes: the State's data, language and date.
	s := newTestUI(t, nil, options{})
	if nw, _ := s.scenes(); nw.Data != s.state.Data || nw.Lang != s.state.Lang {
		t.Errorf("fallback scene %+v", nw)
	}
}

// The CLI's interchange files: the name and the extension choose the
// format; the language and the date apply.
func TestInterchangeWriter(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, ext, lang string
		ok              bool
		has             string
	}{
		{"network", ".gexf", "zh", true, `mode="dynamic"`},
		{"network", ".GraphML", "en", true, `<graphml`},
		{"timeline", ".json", "zh", true, `"unique_id"`},
		{"network", ".png", "en", false, ""},
		{"timeline", ".gexf", "en", false, ""},
	} {
		write, ok := interchangeWriter(tc.name, tc.ext, ds, tc.lang, asOf)
		if ok != tc.ok {
			t.Errorf("%s%s: ok %v", tc.name, tc.ext, ok)
		}
		if !ok {
			continue
		}
		var b, all bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		w, _ := interchangeWriter(tc.name, tc.ext, ds, tc.lang, time.Time{})
		w(&all)
		if !bytes.Contains(b.Bytes(), []byte(tc.has)) || b.Len() >= all.Len() {
			t.Errorf("%s%s: %d bytes as of 2024 (all: %d), lacks %q", tc.name, tc.ext, b.Len(), all.Len(), tc.has)
		}
	}
}

//go:build linux

package interop

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/timeline"
)

// tlDist is TimelineJS3 as npm installs it (make deps).
const tlDist = "testdata/node_modules/@knight-lab/timelinejs/dist"

// shown is what testdata/timeline.html reports TimelineJS drew.
type shown struct {
	Lang       string   `json:"lang"`
	Slides     []string `json:"slides"` // the event slides' element IDs: the unique IDs
	Titles     int      `json:"titles"` // title slides
	TitleSlide []string `json:"titleslide"`
	Markers    int      `json:"markers"`
	Eras       int      `json:"eras"`
	Groups     []string `json:"groups"`
	Headlines  []string `json:"headlines"`
	Message    string   `json:"message"`
	ConfigErrs []string `json:"config_errors"`
	Errors     []string `json:"errors"`
}

// serve serves the page, TimelineJS and the exported file on loopback;
// the page's report arrives on the channel.
func serve(t *testing.T, file []byte) (*httptest.Server, chan shown) {
	results := make(chan shown, 1)
	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(tlDist))))
	mux.HandleFunc("/timeline.html", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, "testdata/timeline.html")
	})
	mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(file)
	})
	mux.HandleFunc("/result", func(w http.ResponseWriter, r *http.Request) {
		var s shown
		if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
			t.Errorf("page report: %v", err)
		}
		select {
		case results <- s:
		default:
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, results
}

// chromium starts headless Chromium on url with a fresh profile, nothing
// from the network but loopback, and extra flags; it is killed (with its
// helpers, one process group) at the test's end.
func chromium(t *testing.T, url string, extra ...string) *exec.Cmd {
	cmd := exec.Command("chromium", chromiumArgs(t, url, extra...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		if t.Failed() {
			t.Logf("chromium said:\n%s", stderr.String())
		}
	})
	return cmd
}

func chromiumArgs(t *testing.T, url string, extra ...string) []string {
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--window-size=1280,800", "--hide-scrollbars"}
	return append(append(args, extra...), url)
}

func needChromium(t *testing.T) {
	_, err := exec.LookPath("chromium")
	if err == nil {
		_, err = os.Stat(filepath.Join(tlDist, "js", "timeline.js"))
	}
	need(t, "chromium (Debian) with TimelineJS3 (make deps: npm ci in interop/testdata)", err)
}

// TimelineJS3 3.9.11 in Chromium shows the exported timeline in full, in
// both languages: a title slide naming the source, one slide and one marker
// per event, every era, the camps as groups, and no error message ("All
// eras must have start and end dates" showed nothing else).
func TestTimelineJSInChromium(t *testing.T) {
	needChromium(t)
	ds := bundled(t)
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			var file bytes.Buffer
			if err := timeline.WriteTimelineJS(&file, ds, lang); err != nil {
				t.Fatal(err)
			}
			srv, results := serve(t, file.Bytes())
			chromium(t, srv.URL+"/timeline.html?lang="+lang)
			var got shown
			select {
			case got = <-results:
			case <-time.After(45 * time.Second):
				t.Fatal("the page reported nothing in 45 s")
			}
			checkShown(t, ds, lang, got)
		})
	}
}

func checkShown(t *testing.T, ds *data.Dataset, lang string, got shown) {
	t.Helper()
	if got.Message != "" || len(got.ConfigErrs) > 0 || len(got.Errors) > 0 {
		t.Errorf("TimelineJS shows a message %q; config errors %q; page errors %q", got.Message, got.ConfigErrs, got.Errors)
	}
	// The story: every event, and each statement about no event as its own entry.
	var want []string
	for _, e := range timeline.Story(ds, timeline.Query{}) {
		want = append(want, e.ID)
	}
	slides := slices.Sorted(slices.Values(got.Slides))
	slices.Sort(want)
	if !slices.Equal(slides, want) || got.Titles != 1 || got.Markers != len(want) || len(got.Headlines) != len(want) {
		t.Errorf("%d title slides, %d event slides, %d markers, %d headlines; want 1 and %d events %q, got %q", got.Titles, len(got.Slides),
			got.Markers, len(got.Headlines), len(want), want, slides)
	}
	if got.Eras != len(ds.Eras) {
		t.Errorf("%d eras shown, want %d", got.Eras, len(ds.Eras))
	}
	title := strings.Join(got.TitleSlide, " ")
	for _, s := range ds.Sources {
		if !strings.Contains(title, s.Title.In(lang)) {
			t.Errorf("the title slide %q does not name the source %q", title, s.Title.In(lang))
		}
	}
	if len(got.Groups) < 2 || !slices.Contains(got.Groups, ds.Camps[0].Name.In(lang)) {
		t.Errorf("groups %q lack the camp %q", got.Groups, ds.Camps[0].Name.In(lang))
	}
}

package app

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// newTestUI builds the window on Fyne's test app, in English unless the
// preferences already say otherwise.
func newTestUI(t *testing.T, a fyne.App, o options) *ui {
	t.Helper()
	if a == nil {
		a = test.NewTempApp(t)
		a.Preferences().SetString(prefLanguage, "en")
	}
	w := test.NewTempWindow(t, nil)
	if o.views == nil {
		o.views = standInViews
	}
	u, err := newUI(a, w, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(u.close)
	return u
}

// standInViews are labels that follow the State, and export items named
// for their tab.
func standInViews(s *State, _ func() export.Theme) *views {
	label := func(name string) fyne.CanvasObject {
		l := widget.NewLabel("")
		update := func() { l.SetText(name + " " + s.Lang + " " + s.Company + " " + s.Event) }
		update()
		s.OnChange(func(Change) { update() })
		return l
	}
	names := [...]string{"network", "timeline", "chart"}
	return &views{
		network: label("network"), timeline: label("timeline"), charts: label("charts"),
		fit: func(int) {},
		current: func(tab int) (export.Item, bool) {
			return export.Item{Name: names[tab], Draw: func(export.Frame) error { return nil }}, true
		},
	}
}

func press(u *ui, sc *desktop.CustomShortcut) {
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

func TestShortcutsSelectViews(t *testing.T) {
	u := newTestUI(t, nil, options{})
	for _, tc := range []struct {
		sc   *desktop.CustomShortcut
		want int
	}{{scTimeline, tabTimeline}, {scCharts, tabCharts}, {scNetwork, tabNetwork}, {scTimeline, tabTimeline}} {
		press(u, tc.sc)
		if got := u.tabs.SelectedIndex(); got != tc.want {
			t.Errorf("Ctrl+%s: tab %d, want %d", tc.sc.KeyName, got, tc.want)
		}
	}
	if got := u.prefs.Int(prefLastView); got != tabTimeline {
		t.Errorf("lastView preference = %d, want %d", got, tabTimeline)
	}
}

// Every shortcut reaches a handler, and the menu shows it on an item.
func TestShortcutsInMenu(t *testing.T) {
	u := newTestUI(t, nil, options{})
	shown := map[string]bool{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				shown[it.Shortcut.ShortcutName()] = true
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range u.menu().Items {
		walk(m.Items)
	}
	for _, b := range u.bindings() {
		if !shown[b.shortcut.ShortcutName()] {
			t.Errorf("%s is in no menu", b.shortcut.ShortcutName())
		}
	}
}

func TestLanguageSwitch(t *testing.T) {
	u := newTestUI(t, nil, options{})
	if got := u.tabs.Items[tabNetwork].Text; got != "Network" {
		t.Fatalf("English tab = %q", got)
	}
	u.state.SetLang("zh")
	checks := map[string][2]string{
		"tab":    {u.tabs.Items[tabTimeline].Text, "时间线"},
		"menu":   {u.win.MainMenu().Items[0].Label, "文件"},
		"title":  {u.win.Title(), "硅谷 AI 阵营 — AI Camps"},
		"status": {u.status.source.Text, "内置数据"},
	}
	checks["view"] = [2]string{texts(t, u.views.network), "network zh"}
	for what, c := range checks {
		if what == "view" {
			if !strings.HasPrefix(c[0], c[1]) {
				t.Errorf("view in Chinese = %q, want %q…", c[0], c[1])
			}
			continue
		}
		if c[0] != c[1] {
			t.Errorf("%s in Chinese = %q, want %q", what, c[0], c[1])
		}
	}
	if got := u.prefs.String(prefLanguage); got != "zh" {
		t.Errorf("language preference = %q", got)
	}
	// The Language menu (found by its title, not its place) ticks the current language.
	langMenu := 0
	for _, m := range u.win.MainMenu().Items {
		if m.Label != u.tr.L("menu.language") {
			continue
		}
		for _, it := range m.Items {
			langMenu++
			if it.Checked != (it.Label == "中文") {
				t.Errorf("language item %q checked = %v", it.Label, it.Checked)
			}
		}
	}
	if langMenu != len(languages) {
		t.Errorf("found %d language items, want %d", langMenu, len(languages))
	}
	u.state.SetLang("en")
	if got := u.win.MainMenu().Items[0].Label; got != "File" {
		t.Errorf("back in English, menu = %q", got)
	}
}

func TestPreferencesRoundTrip(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	good, _ := filepath.Abs("testdata/good.json")
	u := newTestUI(t, a, options{dataFile: good})
	u.state.SetLang("zh")
	u.state.SetTheme(ThemeDark)
	asOf := time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC)
	u.state.SetAsOf(asOf)
	press(u, scCharts)
	u.win.Resize(fyne.NewSize(1000, 700))
	u.saveWindow()
	u.close()

	v := newTestUI(t, a, options{})
	s := v.state
	if s.Lang != "zh" || s.Theme != ThemeDark || !s.AsOf.Equal(asOf) || s.Path != good {
		t.Errorf("restored state: lang %q theme %q asOf %v path %q", s.Lang, s.Theme, s.AsOf, s.Path)
	}
	if got := v.tabs.SelectedIndex(); got != tabCharts {
		t.Errorf("restored tab %d, want %d", got, tabCharts)
	}
	if w, h := a.Preferences().Int(prefWindowWidth), a.Preferences().Int(prefWindowHeight); w < 900 || h < 600 {
		t.Errorf("saved window size %d×%d", w, h)
	}
	if recent := a.Preferences().StringList(prefRecentFiles); len(recent) != 1 || recent[0] != good {
		t.Errorf("recent files = %q", recent)
	}
	if v.status.date.Text != "2025-11-05" || v.status.date.PlaceHolder != "全部日期" {
		t.Errorf("status as-of = %q (placeholder %q)", v.status.date.Text, v.status.date.PlaceHolder)
	}
}

func TestMissingLastFileFallsBack(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	a.Preferences().SetString(prefLastFile, filepath.Join(t.TempDir(), "gone.json"))
	u := newTestUI(t, a, options{})
	if u.state.Path != "" || u.state.Data != u.bundled {
		t.Errorf("not on the bundled data: path %q", u.state.Path)
	}
	if a.Preferences().String(prefLastFile) != "" {
		t.Error("the missing file is still the last file")
	}
	if !strings.Contains(u.status.notice.Text, "gone.json") {
		t.Errorf("no notice: %q", u.status.notice.Text)
	}
}

// dialogText gathers the texts of the labels in the top overlay (the dialog).
func dialogText(t *testing.T, u *ui) string {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return texts(t, top)
}

// texts gathers the texts of the labels and buttons in o.
func texts(t *testing.T, top fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString("[" + w.Text + "]\n")
		case fyne.Widget:
			for _, c := range test.TempWidgetRenderer(t, w).Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(top)
	return b.String()
}

func TestBadFileKeepsData(t *testing.T) {
	u := newTestUI(t, nil, options{})
	good, _ := filepath.Abs("testdata/good.json")
	if !u.open(good) {
		t.Fatalf("good.json did not open: %s", dialogText(t, u))
	}
	before := u.state.Data
	if u.open("testdata/bad.json") {
		t.Fatal("bad.json opened")
	}
	if u.state.Data != before || u.state.Path != good {
		t.Errorf("the data changed: path %q", u.state.Path)
	}
	if u.errDialog == nil {
		t.Fatal("no error dialog")
	}
	text := dialogText(t, u)
	for _, want := range []string{"bad.json", "[Copy]", "[Close]"} {
		if !strings.Contains(text, want) {
			t.Errorf("error dialog lacks %q:\n%s", want, text)
		}
	}
	if got := u.status.source.Text; got != good {
		t.Errorf("status shows %q", got)
	}
	// Copy puts the errors on the clipboard.
	var copyBtn *widget.Button
	var find func(o fyne.CanvasObject)
	find = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			if w.Text == "Copy" {
				copyBtn = w
			}
		case fyne.Widget:
			for _, c := range test.TempWidgetRenderer(t, w).Objects() {
				find(c)
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				find(c)
			}
		}
	}
	find(u.win.Canvas().Overlays().Top())
	if copyBtn == nil {
		t.Fatal("no Copy button")
	}
	test.Tap(copyBtn)
	if got := u.app.Clipboard().Content(); !strings.Contains(got, "bad.json") {
		t.Errorf("clipboard = %q", got)
	}
}

func TestDataFlagBadFileShowsBundled(t *testing.T) {
	u := newTestUI(t, nil, options{dataFile: "testdata/bad.json"})
	if u.state.Data != u.bundled || u.errDialog == nil {
		t.Errorf("want the bundled data and the error dialog; path %q dialog %v", u.state.Path, u.errDialog != nil)
	}
}

func TestReloadKeepsSelection(t *testing.T) {
	u := newTestUI(t, nil, options{})
	b, err := os.ReadFile("testdata/good.json")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "camps.json")
	write := func(b []byte) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(b)
	if !u.open(path) {
		t.Fatalf("copy of good.json did not open: %s", dialogText(t, u))
	}
	u.state.Select("openai", "talks")
	press(u, scTimeline)

	// A changed title, and the same companies and events.
	write([]byte(strings.Replace(string(b), `"en": "Minimal example"`, `"en": "Minimal example, edited"`, 1)))
	press(u, scReload)
	if got := u.state.Data.Title.En; got != "Minimal example, edited" {
		t.Fatalf("not reloaded: title %q", got)
	}
	if u.state.Company != "openai" || u.state.Event != "talks" || u.tabs.SelectedIndex() != tabTimeline {
		t.Errorf("lost the place: %q %q tab %d", u.state.Company, u.state.Event, u.tabs.SelectedIndex())
	}

	// A broken save keeps the last good data.
	good := u.state.Data
	write([]byte(`{"version": 1,`))
	u.reload()
	if u.state.Data != good || u.errDialog == nil {
		t.Error("a broken file replaced the data or showed no error")
	}
}

func TestWatcherDebounces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "camps.json")
	os.WriteFile(path, []byte("{}"), 0o644)
	calls := make(chan struct{}, 10)
	w, err := newWatcher(path, 400*time.Millisecond, func() { calls <- struct{}{} })
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	os.WriteFile(filepath.Join(dir, "other.json"), []byte("{}"), 0o644) // not ours
	for i := 0; i < 3; i++ {
		os.WriteFile(path, []byte("{ }"), 0o644)
		time.Sleep(20 * time.Millisecond)
	}
	// Editors that save through a rename.
	tmp := filepath.Join(dir, ".camps.json.swp")
	os.WriteFile(tmp, []byte("{}"), 0o644)
	os.Rename(tmp, path)
	select {
	case <-calls:
	case <-time.After(5 * time.Second):
		t.Fatal("no reload after the file changed")
	}
	select {
	case <-calls:
		t.Error("reloaded twice for one burst of writes")
	case <-time.After(800 * time.Millisecond):
	}
}

func TestThemeFontAndVariant(t *testing.T) {
	font := uiFont
	dark := newTheme(ThemeDark, font)
	if dark.Font(fyne.TextStyle{Bold: true}) != font || dark.Font(fyne.TextStyle{}) != font {
		t.Error("text is not in the bundled font")
	}
	light := newTheme(ThemeLight, font)
	// Forced variants ignore the system's.
	bgDark := dark.Color("background", 1)
	bgLight := light.Color("background", 0)
	if bgDark == bgLight {
		t.Error("dark and light themes have the same background")
	}
	if dark.Color("background", 0) != bgDark {
		t.Error("the dark theme follows the system variant")
	}
}

func TestDropOpensJSON(t *testing.T) {
	u := newTestUI(t, nil, options{})
	good, _ := filepath.Abs("testdata/good.json")
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI("/tmp/notes.txt")})
	if u.state.Path != "" || !strings.Contains(u.status.notice.Text, ".json") {
		t.Errorf("a .txt drop: path %q, notice %q", u.state.Path, u.status.notice.Text)
	}
	u.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI("/tmp/notes.txt"), storage.NewFileURI(good)})
	if u.state.Path != good || u.state.Data.Title.En != "Minimal example" {
		t.Errorf("dropped good.json: path %q", u.state.Path)
	}
	if got := u.status.source.Text; got != good {
		t.Errorf("status source = %q", got)
	}
	u.useBundled()
	if u.state.Path != "" || u.state.Data != u.bundled || u.watcher != nil {
		t.Error("Use the bundled data did not go back")
	}
}

func TestExportRoutesTheCurrentView(t *testing.T) {
	u := newTestUI(t, nil, options{})
	u.export.one = nil
	press(u, scExport)
	if !strings.Contains(dialogText(t, u), "Not available yet") {
		t.Errorf("without an export dialog, Ctrl+E says: %q", dialogText(t, u))
	}
	var got []string
	u.export.one = func(_ fyne.Window, _ fyne.Preferences, it export.Item) { got = append(got, it.Name) }
	for _, sc := range []*desktop.CustomShortcut{scNetwork, scTimeline, scCharts} {
		press(u, sc)
		press(u, scExport)
	}
	if want := "network timeline chart"; strings.Join(got, " ") != want {
		t.Errorf("exported %q, want %q", got, want)
	}
}

func TestExportAllHasEveryViewOnce(t *testing.T) {
	u := newTestUI(t, nil, options{})
	var names []string
	u.export.all = func(_ fyne.Window, _ fyne.Preferences, items []export.Item) {
		for _, it := range items {
			names = append(names, it.Name)
		}
	}
	press(u, scExportAll)
	seen := map[string]int{}
	for _, n := range names {
		seen[n]++
	}
	if seen["network"] != 1 || seen["timeline"] != 1 || len(names) < 3 {
		t.Errorf("export all = %q", names)
	}
	for n, k := range seen {
		if k > 1 {
			t.Errorf("%s exported %d times", n, k)
		}
	}
}

func TestThemeChoiceReachesTheViews(t *testing.T) {
	var themes []string
	u := newTestUI(t, nil, options{views: func(s *State, theme func() export.Theme) *views {
		v := standInViews(s, theme)
		v.retheme = func() { themes = append(themes, theme().Name) }
		return v
	}})
	u.state.SetTheme(ThemeDark)
	u.state.SetTheme(ThemeLight)
	if n := len(themes); n < 2 || themes[n-2] != "dark" || themes[n-1] != "light" {
		t.Errorf("the views were given %q, want … dark, light", themes)
	}
	if got := u.prefs.String(prefTheme); got != ThemeLight {
		t.Errorf("theme preference = %q", got)
	}
}

func TestAsOfSlider(t *testing.T) {
	u := newTestUI(t, nil, options{})
	good, _ := filepath.Abs("testdata/good.json")
	if !u.open(good) {
		t.Fatal("good.json did not open")
	}
	sl := u.status.slider
	if sl.Hidden || sl.Max < 30 || sl.Value != sl.Max || !u.status.all.Disabled() {
		t.Fatalf("slider: hidden %v, max %v, value %v; All enabled %v", sl.Hidden, sl.Max, sl.Value, !u.status.all.Disabled())
	}
	want := u.status.from.AddDate(0, 0, 10)
	sl.OnChanged(10) // dragging
	if !u.state.AsOf.IsZero() || u.status.date.Text != want.Format(asOfLayout) {
		t.Errorf("while dragging: as of %v, field %q", u.state.AsOf, u.status.date.Text)
	}
	sl.SetValue(10) // released

	if !u.state.AsOf.Equal(want) {
		t.Errorf("as of %v, want %v", u.state.AsOf, want)
	}
	if got := u.status.date.Text; got != want.Format(asOfLayout) {
		t.Errorf("field %q", got)
	}
	if got := u.prefs.String(prefAsOf); got != want.Format(asOfLayout) {
		t.Errorf("asOf preference %q", got)
	}
	test.Tap(u.status.all)
	if !u.state.AsOf.IsZero() || sl.Value != sl.Max || u.status.date.Text != "" || u.status.date.PlaceHolder != "All dates" {
		t.Errorf("All: as of %v, slider %v/%v, field %q (%q)", u.state.AsOf, sl.Value, sl.Max, u.status.date.Text, u.status.date.PlaceHolder)
	}
}

func TestPlayStepsThroughEvents(t *testing.T) {
	u := newTestUI(t, nil, options{})
	days := eventDays(u.state.Data)
	if len(days) < 3 {
		t.Fatalf("bundled data has %d event days", len(days))
	}
	u.player.every = time.Hour // the test steps by hand, not by the clock
	test.Tap(u.player.button)
	if !u.player.playing() || !u.state.AsOf.Equal(days[0]) || u.player.button.Text != "Pause" {
		t.Fatalf("after Play: playing %v, as of %v (want %v), button %q", u.player.playing(), u.state.AsOf, days[0], u.player.button.Text)
	}
	for i := 1; i < len(days); i++ {
		if !u.player.step() || !u.state.AsOf.Equal(days[i]) {
			t.Fatalf("step %d: as of %v, want %v", i, u.state.AsOf, days[i])
		}
	}
	if u.player.step() {
		t.Errorf("stepped past the last event day %v", days[len(days)-1])
	}
	test.Tap(u.player.button)
	if u.player.playing() || u.player.button.Text != "Play" {
		t.Errorf("after Pause: playing %v, button %q", u.player.playing(), u.player.button.Text)
	}
	// Play again at the end starts over; moving the slider pauses.
	test.Tap(u.player.button)
	if !u.state.AsOf.Equal(days[0]) {
		t.Errorf("replay starts at %v, want %v", u.state.AsOf, days[0])
	}
	u.status.slider.SetValue(10)
	if u.player.playing() {
		t.Error("moving the slider did not pause the replay")
	}
}

func TestOpeningOtherDataResetsAStaleDate(t *testing.T) {
	u := newTestUI(t, nil, options{})
	good, _ := filepath.Abs("testdata/good.json")
	from, _, ok := dateSpan(u.bundled)
	if !ok {
		t.Fatal("bundled data has no dates")
	}
	test.Tap(u.player.button) // a replay is running
	if !u.player.playing() {
		t.Fatal("Play did not start")
	}
	early := from.AddDate(-30, 0, 0) // before either dataset's first day
	u.state.SetAsOf(early)
	if !u.open(good) {
		t.Fatal("good.json did not open")
	}
	if u.player.playing() {
		t.Error("the replay went on over the new data")
	}
	if !u.state.AsOf.IsZero() {
		t.Errorf("as of %v kept, before the new data's first day", u.state.AsOf)
	}
	// A date within the new data's span is kept on the way back.
	mid := time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
	u.state.SetAsOf(mid)
	u.useBundled()
	if !u.state.AsOf.Equal(mid) {
		t.Errorf("as of %v, want %v kept", u.state.AsOf, mid)
	}
}

func TestFailedSaveLeavesNoFile(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "network.png")
	if err := os.WriteFile(path, []byte("old picture"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := storage.Writer(storage.NewFileURI(path)) // what the save dialog hands over: already emptied
	if err != nil {
		t.Fatal(err)
	}
	err = writeSaved(w, func(out io.Writer) error {
		out.Write([]byte("half"))
		return errors.New("render failed")
	})
	if err == nil {
		t.Fatal("writeSaved hid the failure")
	}
	if _, serr := os.Stat(path); !os.IsNotExist(serr) {
		b, _ := os.ReadFile(path)
		t.Errorf("a failed save left %q at the destination", b)
	}
}

// Only the tab on show is in the window at start; another tab's view goes
// in when that tab is first selected, and stays.
func TestHiddenTabsAttachOnFirstShow(t *testing.T) {
	attached := func(u *ui) []bool {
		var got []bool
		for _, it := range u.tabs.Items {
			got = append(got, len(it.Content.(*fyne.Container).Objects) == 1)
		}
		return got
	}
	u := newTestUI(t, nil, options{})
	if got := attached(u); !slices.Equal(got, []bool{true, false, false}) {
		t.Fatalf("at start: attached %v, want only the network", got)
	}
	u.tabs.SelectIndex(tabCharts)
	u.tabs.SelectIndex(tabNetwork)
	if got := attached(u); !slices.Equal(got, []bool{true, false, true}) {
		t.Errorf("after showing the charts: attached %v", got)
	}
	if c := u.tabs.Items[tabCharts].Content.(*fyne.Container).Objects[0]; c != u.views.charts {
		t.Errorf("the charts tab holds %T, not the charts view", c)
	}

	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	a.Preferences().SetInt(prefLastView, tabTimeline)
	u = newTestUI(t, a, options{})
	if got := attached(u); !slices.Equal(got, []bool{false, true, false}) {
		t.Errorf("reopened on the timeline: attached %v, want only the timeline", got)
	}
}

package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

const exportUsage = `Usage: aicamps export [options] [NAME...]
       aicamps export -o FILE [options] [NAME...]
       aicamps export --replay -o FILE [options] NAME

Writes each named chart or view to DIR/NAME.png (or .svg, .pdf) in the folder
given by --out (default: the current folder); all of them when no NAME is
given. With -o FILE, writes one file whose format is its extension:
  .png .svg     one picture (name one item)
  .pdf          one page per item (all items when none is named)
  .pptx         a 16:9 deck, one slide per item (all items when none is
                named), the item's sources and statuses in the speaker notes
  .gif          with --replay only: the story as an animation
--replay steps through the days on which events start (the window's Play
button): one slide or one frame per day, each captioned with its date and
events. 'aicamps export --list' prints the names.

Options:
  -o FILE            write one file; its extension says the format
  --out DIR          folder to write into (created if missing; default .)
  --replay           one slide or frame per event day (needs -o and one NAME)
  --delay D          time each replay frame of a GIF shows (default 1s)
  --data FILE        a camps file instead of the bundled data
  --lang zh|en       language of titles and labels (default en)
  --format png|svg|pdf  file format with --out (default png)
  --size S           WxH such as 1280x720, or 16:9, 4:3, square (default 16:9)
  --scale N          1, 2 or 3: a PNG has size×N pixels (default 2; a GIF is 1×)
  --transparent      no background fill
  --theme light|dark colours (default light)
  --as-of DATE       show the state on YYYY-MM-DD (deals in force, figures known)
  --list             print the names that can be exported, one a line
`

// exportArgs are the parsed options of aicamps export.
type exportArgs struct {
	dataFile, out, file string
	list, replay        bool
	delay               time.Duration
	asOf                time.Time
	names               []string
	opts                export.Options
}

// parseExport reads the options; names may come before, between or after them.
func parseExport(args []string) (exportArgs, error) {
	a := exportArgs{opts: export.Defaults()}
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported once, by the caller
	fs.StringVar(&a.dataFile, "data", "", "")
	fs.StringVar(&a.opts.Lang, "lang", a.opts.Lang, "")
	fs.StringVar(&a.opts.Format, "format", a.opts.Format, "")
	size := fs.String("size", export.Presets[0].Name, "")
	fs.IntVar(&a.opts.Scale, "scale", a.opts.Scale, "")
	fs.BoolVar(&a.opts.Transparent, "transparent", false, "")
	theme := fs.String("theme", "light", "")
	asOf := fs.String("as-of", "", "")
	fs.StringVar(&a.out, "out", ".", "")
	fs.StringVar(&a.file, "o", "", "")
	fs.BoolVar(&a.replay, "replay", false, "")
	fs.DurationVar(&a.delay, "delay", time.Second, "")
	fs.BoolVar(&a.list, "list", false, "")
	for {
		if err := fs.Parse(args); err != nil {
			return a, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		a.names = append(a.names, args[0])
		args = args[1:]
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	if a.opts.Width, a.opts.Height, err = export.ParseSize(*size); err != nil {
		return a, err
	}
	if a.opts.Theme, err = export.ThemeNamed(*theme); err != nil {
		return a, err
	}
	if *asOf != "" {
		if a.asOf, err = time.Parse("2006-01-02", *asOf); err != nil {
			return a, fmt.Errorf("--as-of %q: want a date such as 2025-11-05", *asOf)
		}
	}
	if a.file != "" {
		if set["out"] {
			return a, errors.New("-o FILE and --out DIR: give one of them")
		}
		if set["format"] {
			return a, errors.New("-o FILE takes its format from the extension; drop --format")
		}
		a.opts.Format = export.PNG // checked below; the file's format picks its own
	}
	if err := a.opts.Check(); err != nil {
		return a, err
	}
	if a.delay < 10*time.Millisecond || a.delay > time.Minute {
		return a, fmt.Errorf("--delay %v: want 10ms to 1m", a.delay)
	}
	if a.replay && a.file == "" {
		return a, errors.New("--replay needs -o FILE (.pptx or .gif)")
	}
	if a.list && len(a.names) > 0 {
		return a, fmt.Errorf("--list takes no names (got %q)", a.names[0])
	}
	return a, nil
}

func runExport(args []string, stdout, stderr io.Writer) int {
	a, err := parseExport(args)
	if err == flag.ErrHelp {
		fmt.Fprint(stdout, exportUsage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "aicamps export: %v\nsee aicamps export --help\n", firstLine(err))
		return 2
	}
	ds, err := loadData(a.dataFile)
	if err != nil {
		fmt.Fprintf(stderr, "aicamps export: %v\n", err)
		return 1
	}
	items := exportItems(ds, a.opts.Lang, a.asOf)
	if a.list {
		for _, it := range items {
			fmt.Fprintln(stdout, it.Name)
		}
		return 0
	}
	chosen, err := pick(items, a.names)
	if err != nil {
		fmt.Fprintf(stderr, "aicamps export: %v\n", err)
		return 1
	}
	if len(chosen) == 0 {
		fmt.Fprintln(stderr, "aicamps export: the data declares nothing to export")
		return 1
	}
	if a.file != "" {
		job := outJob{ds: ds, items: chosen, opts: a.opts, asOf: a.asOf, delay: a.delay, replay: a.replay, named: len(a.names) > 0}
		if err := writeOut(a.file, job); err != nil {
			fmt.Fprintf(stderr, "aicamps export: %v\n", unwrapPath(err))
			return 1
		}
		fmt.Fprintln(stdout, a.file)
		return 0
	}
	return exportToDir(a, chosen, stdout, stderr)
}

// exportToDir writes each item to DIR/NAME[-DATE].FORMAT.
func exportToDir(a exportArgs, chosen []export.Item, stdout, stderr io.Writer) int {
	if err := os.MkdirAll(a.out, 0o755); err != nil {
		fmt.Fprintf(stderr, "aicamps export: cannot create folder %s: %v\n", a.out, unwrapPath(err))
		return 1
	}
	status := 0
	writeItems(a.out, chosen, a.opts, a.asOf, func(_ int, it export.Item, path string, err error) {
		if err != nil {
			fmt.Fprintf(stderr, "aicamps export: %s: %v\n", it.Name, unwrapPath(err))
			status = 1
			return
		}
		fmt.Fprintln(stdout, path)
	})
	return status
}

// fileName is NAME.EXT, or NAME-YYYY-MM-DD.EXT for a picture as of a date,
// so that a series of dated exports does not overwrite itself.
func fileName(name string, asOf time.Time, ext string) string {
	if !asOf.IsZero() {
		name += "-" + asOf.Format("2006-01-02")
	}
	return name + "." + ext
}

// firstLine keeps a flag error to its one line.
func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// loadData loads FILE, or the bundled data when FILE is empty.
func loadData(file string) (*data.Dataset, error) {
	if file == "" {
		return data.Bundled()
	}
	ds, warns, err := loadFile(file)
	printWarnings(os.Stderr, warns)
	if err != nil {
		return nil, unwrapPath(err)
	}
	return ds, nil
}

// unwrapPath turns "open x: no such file or directory" style errors into
// one plain sentence.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}

// pick returns the named items, all when none are named; an unknown name is
// an error that suggests the closest known one.
func pick(items []export.Item, names []string) ([]export.Item, error) {
	if len(names) == 0 {
		return items, nil
	}
	byName := map[string]export.Item{}
	var known []string
	for _, it := range items {
		byName[it.Name] = it
		known = append(known, it.Name)
	}
	var out []export.Item
	for _, n := range names {
		it, ok := byName[n]
		if !ok {
			msg := fmt.Sprintf("no chart or view named %q", n)
			if s := closest(n, known); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			return nil, fmt.Errorf("%s (aicamps export --list prints them all)", msg)
		}
		out = append(out, it)
	}
	return out, nil
}

// closest is the known name nearest to s, if it is near enough to be a typo.
func closest(s string, known []string) string {
	best, bestD := "", 1<<30
	for _, k := range known {
		d := distance(strings.ToLower(s), k)
		if strings.Contains(k, strings.ToLower(s)) && len(s) >= 3 {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	if bestD <= max(2, len([]rune(s))/3) {
		return best
	}
	return ""
}

// distance is the Levenshtein edit distance.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

const exportUsage = `Usage: aicamps export [options] --out DIR [NAME...]

Writes each named chart or view to DIR/NAME.png (or .svg); all of them when
no NAME is given. 'aicamps export --list' prints the names.

Options:
  --data FILE        a camps file instead of the bundled data
  --lang zh|en       language of titles and labels (default en)
  --format png|svg   file format (default png)
  --size S           WxH such as 1280x720, or 16:9, 4:3, square (default 16:9)
  --scale N          1, 2 or 3: a PNG has size×N pixels (default 2)
  --transparent      no background fill
  --theme light|dark colours (default light)
  --as-of DATE       show the state on YYYY-MM-DD (deals in force, figures known)
  --out DIR          folder to write into (created if missing)
  --list             print the names that can be exported, one a line
`

// exportArgs are the parsed options of aicamps export.
type exportArgs struct {
	dataFile, out string
	list          bool
	asOf          time.Time
	names         []string
	opts          export.Options
}

// parseExport reads the options; names may come before, between or after them.
func parseExport(args []string, stderr io.Writer) (exportArgs, error) {
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
	fs.StringVar(&a.out, "out", "", "")
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
	if err := a.opts.Check(); err != nil {
		return a, err
	}
	if !a.list && a.out == "" {
		return a, errors.New("--out DIR is required")
	}
	if a.list && len(a.names) > 0 {
		return a, fmt.Errorf("--list takes no names (got %q)", a.names[0])
	}
	return a, nil
}

func runExport(args []string, stdout, stderr io.Writer) int {
	a, err := parseExport(args, stderr)
	if err == flag.ErrHelp {
		fmt.Fprint(stdout, exportUsage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "aicamps export: %v\n\n%s", err, exportUsage)
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
	if err := os.MkdirAll(a.out, 0o755); err != nil {
		fmt.Fprintf(stderr, "aicamps export: cannot create folder %s: %v\n", a.out, unwrapPath(err))
		return 1
	}
	status := 0
	for _, it := range chosen {
		path := filepath.Join(a.out, it.Name+"."+a.opts.Format)
		o := it.Apply(a.opts)
		err := export.WriteFile(path, func(w io.Writer) error { return export.Render(w, o, it.Draw) })
		if err != nil {
			fmt.Fprintf(stderr, "aicamps export: %s: %v\n", it.Name, unwrapPath(err))
			status = 1
			continue
		}
		fmt.Fprintln(stdout, path)
	}
	return status
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

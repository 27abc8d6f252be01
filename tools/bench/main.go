// Command bench measures AI Camps against baselines measured in the same run
// and rewrites docs/BENCHMARKS.md: start-up and memory of the real window
// (against a one-label Fyne program built with the same flags), exports
// (against plain go-chart), redraws after a pan or zoom, and growth with the
// size of the data. Every figure is a median; timings never fail anything.
// `make bench` builds the binaries and runs it.
package main

import (
	"bufio"
	_ "embed"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"text/template"
	"time"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
)

//go:embed BENCHMARKS.md.tmpl
var pageTemplate string

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// row is one line of a results table.
type row struct {
	Item, Ours, Base, Ratio, Goal, Met string
}

func ms(d time.Duration) string {
	v := float64(d) / 1e6
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f ms", v)
	case v >= 10:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.2f ms", v)
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

func ratio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func timeRow(item string, ours, base time.Duration, goal string, met bool) row {
	return row{Item: item, Ours: ms(ours), Base: ms(base), Ratio: ratio(float64(ours), float64(base)), Goal: goal, Met: yes(met)}
}

// page is what the template fills in.
type page struct {
	SizeRows                            []row
	Date, CPU, Mem, Load, LoadAfter, Go string
	NProc                               int
	Runs, Count                         int
	Benchtime                           string
	ScaleRuns, InterRuns, CLIRuns       int
	Duration                            string

	Startup, Memory, StartupRaw []string
	StartupRows, MemoryRows     []row
	StartupWork                 []row
	StartupMet, MemoryMet       bool
	GUIError                    string

	Export            []exportRow
	ExportCLI         []row
	CLIMissing        []string
	ExportMedianRatio string
	ExportRatioMiss   []string
	ExportSlowMiss    []string
	EncodeOurs        string
	EncodeDefault     string
	EncodeFast        string
	EncodeRatio       string
	EncodeBytes       string
	Network           []row
	NetworkMiss       []string
	EncodeShare       string

	Interaction []row
	InterMiss   []string

	Workbook     []row
	WorkbookMiss []string

	Scaling    []scaleRow
	ScaleSizes []string
	ScaleFlags []string
}

type exportRow struct {
	Item, PNG, SVG, Encode, GoChart, Ratio, Met150, MetRatio string
}

type scaleRow struct {
	Stage string
	Times []string
	Exp   []string
	NLogN []string
	Met   string
}

func main() {
	appBin := flag.String("app", "bin/aicamps", "the aicamps binary")
	baseBin := flag.String("baseline", "bin/baseline", "the baseline Fyne binary (tools/baseline)")
	out := flag.String("out", "docs/BENCHMARKS.md", "the page to write")
	runs := flag.Int("runs", 7, "start-ups of each program (alternating)")
	count := flag.Int("count", 5, "repetitions of the export benchmarks (go test -count)")
	benchtime := flag.String("benchtime", "1x", "go test -benchtime of the export benchmarks")
	cliRuns := flag.Int("cli-runs", 3, "runs of aicamps export for the total time")
	interRuns := flag.Int("inter-runs", 9, "redraws per interaction figure")
	scaleRuns := flag.Int("scale-runs", 3, "runs per scaling figure")
	goCmd := flag.String("go", "go", "the go command")
	appRelease := flag.String("app-release", "bin/aicamps-release", "aicamps built stripped, as make package does")
	baseRelease := flag.String("baseline-release", "bin/baseline-release", "the baseline built the same way")
	only := flag.String("only", "", `"startup": measure start-up and memory only, print them and write nothing`)
	flag.Parse()
	begin := time.Now()

	p := page{Date: begin.UTC().Format("2006-01-02 15:04 UTC"), NProc: runtime.NumCPU(), CPU: cpuModel(), Mem: memTotal(),
		Load: loadAvg(), Go: runtime.Version(), Runs: *runs, Count: *count, Benchtime: *benchtime,
		ScaleRuns: *scaleRuns, InterRuns: *interRuns, CLIRuns: *cliRuns}

	// 1, 2: start-up and memory of the real window.
	ra, rb, err := measureGUI(program{*appBin, "^AI Camps"}, program{*baseBin, "^Baseline$"}, *runs)
	if err != nil {
		progress("start-up: %v", err)
		p.GUIError = err.Error()
	} else {
		startupRows(&p, ra, rb)
	}
	if *only == "startup" {
		for _, r := range append(p.StartupRows, p.MemoryRows...) {
			fmt.Printf("%s: %s vs %s = %s (goal %s)\n", r.Item, r.Ours, r.Base, r.Ratio, r.Goal)
		}
		return
	}
	p.StartupWork = append(fontCost(), startupWork(*scaleRuns*3)...)

	// 3: exports, per item from go test, in total through the CLI.
	var items []string
	eb, err := runExportBench(*goCmd, *benchtime, *count, &items)
	if err != nil {
		fatal(err)
	}
	exportRows(&p, eb, items)
	exportCLI(&p, *appBin, *cliRuns, eb)
	bundled, err := data.Bundled()
	if err != nil {
		fatal(err)
	}
	ours, def, fast, ob, db, fb := encoders(bundled, *scaleRuns*3)
	p.EncodeOurs, p.EncodeDefault, p.EncodeFast = ms(ours), ms(def), ms(fast)
	p.EncodeRatio = ratio(float64(ours), float64(def))
	p.EncodeBytes = fmt.Sprintf("%.2f MB, %.2f MB and %.2f MB", float64(ob)/1e6, float64(db)/1e6, float64(fb)/1e6)

	// 4: interaction.
	p.Interaction = interaction(bundled, *interRuns)
	for _, r := range p.Interaction {
		if r.Met != "yes" {
			p.InterMiss = append(p.InterMiss, r.Item)
		}
	}

	// 4b: the network view's own benchmarks (issue #4).
	// Draws run 40 times a repetition: at 10, one pan row read 9.8 ms where
	// a standalone run gives 4 ms. A layout takes long enough at 10.
	nb, _, err := goBench(*goCmd, "^BenchmarkNetworkLayout$", "10x", *count, "./views/network")
	if err != nil {
		fatal(err)
	}
	draws, _, err := goBench(*goCmd, "^BenchmarkNetworkDraw$", "40x", *count, "./views/network")
	if err != nil {
		fatal(err)
	}
	maps.Copy(nb, draws)
	p.Network, p.NetworkMiss = networkRows(nb)

	// 4c: workbooks (issue #15), the load and its JSON baseline in one run.
	wb, _, err := goBench(*goCmd, "^(BenchmarkWorkbook|BenchmarkZipBomb)$", "5x", *count, "./data/sheet")
	if err != nil {
		fatal(err)
	}
	p.Workbook, p.WorkbookMiss = workbookRows(wb)

	// 5: scaling.
	scalingRows(&p, scaling(*scaleRuns, []int{1, 10, 100}))

	// 6: binary size.
	p.SizeRows = sizeRows(*appRelease, *baseRelease, *appBin, *baseBin)

	p.LoadAfter = loadAvg()
	p.Duration = time.Since(begin).Round(time.Second).String()
	t := template.Must(template.New("page").Parse(pageTemplate))
	f, err := os.Create(*out)
	if err != nil {
		fatal(err)
	}
	if err := t.Execute(f, p); err != nil {
		fatal(err)
	}
	if err := f.Close(); err != nil {
		fatal(err)
	}
	progress("wrote %s in %s", *out, p.Duration)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

func startupRows(p *page, ra, rb []guiRun) {
	var sa, sb []time.Duration
	var ma, mb []float64
	for i := range ra {
		sa, sb = append(sa, ra[i].start), append(sb, rb[i].start)
		ma, mb = append(ma, float64(ra[i].rssKB)), append(mb, float64(rb[i].rssKB))
		p.StartupRaw = append(p.StartupRaw, fmt.Sprintf("%s / %s", ms(ra[i].start), ms(rb[i].start)))
	}
	a, b := medianD(sa), medianD(sb)
	p.StartupMet = float64(a) <= 1.3*float64(b)
	p.StartupRows = []row{timeRow("exec → window visible", a, b, "≤ 1.3×", p.StartupMet)}
	fontKB := float64(len(assets.UIFont)) / 1024 // the GUI's font
	am, bm := median(ma), median(mb)
	limit := 1.3*bm + fontKB
	p.MemoryMet = am <= limit
	p.MemoryRows = []row{{Item: "VmRSS 1 s after the window shows", Ours: mb1(am), Base: mb1(bm), Ratio: ratio(am, bm),
		Goal: fmt.Sprintf("≤ 1.3× + GUI font %.1f MB = %s", fontKB/1024, mb1(limit)), Met: yes(p.MemoryMet)},
		{Item: "ours − baseline", Ours: mb1(am - bm), Base: "", Ratio: "", Goal: "", Met: ""}}
	for i := range ra {
		p.Memory = append(p.Memory, fmt.Sprintf("%s / %s", mb1(ma[i]), mb1(mb[i])))
	}
}

func mb1(kb float64) string { return fmt.Sprintf("%.1f MB", kb/1024) }

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func nsMS(ns float64) string { return ms(time.Duration(ns)) }

func exportRows(p *page, eb exportBench, items []string) {
	var ratios []float64
	for _, name := range items {
		v := eb[name]
		png, svg, raster, gc := median(v["png2x"]), median(v["svg"]), median(v["raster2x"]), median(v["gochart-png2x"])
		r := exportRow{Item: name, PNG: nsMS(png), SVG: nsMS(svg), GoChart: nsMS(gc), Ratio: ratio(png, gc)}
		if raster > 0 && png > raster {
			r.Encode = fmt.Sprintf("%s (%.0f%%)", nsMS(png-raster), 100*(png-raster)/png)
		}
		r.Met150 = yes(png < 150e6)
		if png >= 150e6 {
			p.ExportSlowMiss = append(p.ExportSlowMiss, name)
		}
		if gc > 0 {
			r.MetRatio = yes(png <= 1.2*gc)
			if png > 1.2*gc {
				p.ExportRatioMiss = append(p.ExportRatioMiss, name)
			}
			ratios = append(ratios, png/gc)
		}
		p.Export = append(p.Export, r)
	}
	p.ExportMedianRatio = fmt.Sprintf("%.2f×", median(ratios))
}

// exportCLI times `aicamps export` of everything, PNG and SVG, as a user
// runs it, beside the sum of plain go-chart's PNG times for the same items.
func exportCLI(p *page, appBin string, runs int, eb exportBench) {
	dir, err := os.MkdirTemp("", "aicamps-bench-export-")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	for _, format := range []string{"png", "svg"} {
		var d []time.Duration
		var names []string
		for i := range runs {
			t0 := time.Now()
			cmd := exec.Command(appBin, "export", "--format", format, "--out", filepath.Join(dir, format))
			out, err := cmd.Output()
			if err != nil {
				fatal(fmt.Errorf("%s export: %v", appBin, err))
			}
			d = append(d, time.Since(t0))
			if i == 0 {
				for _, l := range strings.Fields(string(out)) {
					names = append(names, strings.TrimSuffix(filepath.Base(l), "."+format))
				}
			}
		}
		if format == "png" {
			got := map[string]bool{}
			for _, n := range names {
				got[n] = true
			}
			for n := range eb {
				if !got[n] {
					p.CLIMissing = append(p.CLIMissing, n)
				}
			}
			sort.Strings(p.CLIMissing)
		}
		var gc float64
		for _, n := range names {
			gc += median(eb[n]["gochart-png2x"])
		}
		wall := medianD(d)
		progress("aicamps export --format %s: %d items, %v", format, len(names), wall)
		r := row{Item: fmt.Sprintf("aicamps export --format %s: %d items (%s)", format, len(names), strings.Join(names, ", ")), Ours: ms(wall)}
		if format == "png" {
			r.Base, r.Ratio, r.Goal = nsMS(gc)+" (sum of plain go-chart)", ratio(float64(wall), gc), "≤ 1.2×"
			r.Met = yes(float64(wall) <= 1.2*gc)
		} else {
			r.Base, r.Ratio, r.Goal, r.Met = "—", "—", "—", "—"
		}
		p.ExportCLI = append(p.ExportCLI, r)
	}
}

// scalingRows turns the steps into growth exponents, log10(t₂/t₁) per 10×
// step, against n log n's over the same step.
func scalingRows(p *page, steps []scaleStep) {
	for _, s := range steps {
		p.ScaleSizes = append(p.ScaleSizes, fmt.Sprintf("%d× = %d companies, %d relations, %d events, %.0f kB of JSON", s.k, 16*s.k, 22*s.k, 25*s.k, float64(s.bytes)/1024))
	}
	stages := []struct {
		name string
		get  func(scaleStep) time.Duration
	}{
		{"decode, plain encoding/json (baseline)", func(s scaleStep) time.Duration { return s.decode }},
		{"load + validate (data.Load)", func(s scaleStep) time.Duration { return s.load }},
		{"network layout", func(s scaleStep) time.Duration { return s.layout }},
		{"export network + timeline, PNG 2×", func(s scaleStep) time.Duration { return s.exportPNG }},
		{"export network + timeline, SVG", func(s scaleStep) time.Duration { return s.exportSVG }},
	}
	for j, st := range stages {
		r := scaleRow{Stage: st.name, Met: "yes"}
		if j == 0 {
			r.Met = "— (baseline)"
		}
		for i, s := range steps {
			r.Times = append(r.Times, ms(st.get(s)))
			if i == 0 {
				continue
			}
			prev := steps[i-1]
			k := float64(s.k) / float64(prev.k)
			e := math.Log(float64(st.get(s))/float64(st.get(prev))) / math.Log(k)
			n0, n1 := float64(16*prev.k), float64(16*s.k)
			ref := math.Log((n1*math.Log(n1))/(n0*math.Log(n0))) / math.Log(k)
			r.Exp = append(r.Exp, fmt.Sprintf("%.2f", e))
			r.NLogN = append(r.NLogN, fmt.Sprintf("%.2f", ref))
			if j > 0 && e > ref+0.1 { // a tenth for noise
				r.Met = "**no**"
				p.ScaleFlags = append(p.ScaleFlags, fmt.Sprintf("%s, %d×→%d× (exponent %.2f)", st.name, prev.k, s.k, e))
			}
		}
		p.Scaling = append(p.Scaling, r)
	}
	// Load against plain decoding, at each size.
	r := scaleRow{Stage: "load + validate ÷ plain decode", Met: "—"}
	for _, s := range steps {
		r.Times = append(r.Times, ratio(float64(s.load), float64(s.decode)))
	}
	p.Scaling = append(p.Scaling, r)
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func memTotal() string {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "MemTotal:"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(v), "%f", &kb)
			return fmt.Sprintf("%.1f GB", kb/1024/1024)
		}
	}
	return "?"
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// sizeRows compares the binaries' sizes with the baseline's, built alike.
func sizeRows(appRelease, baseRelease, appDev, baseDev string) []row {
	size := func(path string) float64 {
		st, err := os.Stat(path)
		if err != nil {
			return 0
		}
		return float64(st.Size())
	}
	mb := func(b float64) string { return fmt.Sprintf("%.1f MB", b/1e6) }
	var rows []row
	for _, r := range []struct{ what, ours, base string }{
		{"release build (-trimpath, stripped: -s -w), as make package ships it", appRelease, baseRelease},
		{"development build (make build)", appDev, baseDev},
	} {
		a, b := size(r.ours), size(r.base)
		if a == 0 || b == 0 {
			continue
		}
		rows = append(rows, row{Item: r.what, Ours: mb(a), Base: mb(b), Ratio: ratio(a, b)})
	}
	assetsSize := float64(len(assets.Font) + len(assets.CampsJSON) + len(assets.SchemaJSON) + len(assets.Icon))
	return append(rows, row{Item: "of which bundled assets (font, data, schema, icon)", Ours: mb(assetsSize)})
}

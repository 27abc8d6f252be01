package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// exportBench maps item → variant (png2x, svg, raster2x, gochart-png2x) →
// one ns/op figure per -count repetition.
type exportBench map[string]map[string][]float64

// benchLine is one result line of go test -bench: name without the
// Benchmark prefix and the -GOMAXPROCS suffix, and ns/op.
var benchLine = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

// goBench runs the benchmarks matching pattern in pkgs, count times each,
// and returns name → ns/op, one figure per repetition, and the names in the
// order they first appeared.
func goBench(goCmd, pattern, benchtime string, count int, pkgs ...string) (map[string][]float64, []string, error) {
	args := append([]string{"test", "-run", "^$", "-bench", pattern, "-benchtime", benchtime,
		"-count", strconv.Itoa(count)}, pkgs...)
	progress("%s %v", goCmd, args)
	cmd := exec.Command(goCmd, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("go test -bench: %w\n%s", err, out)
	}
	res := map[string][]float64{}
	var order []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if m := benchLine.FindStringSubmatch(sc.Text()); m != nil {
			ns, _ := strconv.ParseFloat(m[2], 64)
			if res[m[1]] == nil {
				order = append(order, m[1])
			}
			res[m[1]] = append(res[m[1]], ns)
		}
	}
	if len(res) == 0 {
		return nil, nil, fmt.Errorf("go test -bench %s printed no figures:\n%s", pattern, out)
	}
	return res, order, nil
}

// runExportBench runs BenchmarkBundledExport of the three views; -count
// repeats the whole benchmark, so every variant of an item is measured once
// per repetition, one after another (a b c d a b c d …).
func runExportBench(goCmd, benchtime string, count int, items *[]string) (exportBench, error) {
	raw, order, err := goBench(goCmd, "^BenchmarkBundledExport$", benchtime, count, "./views/network", "./views/timeline", "./views/charts")
	if err != nil {
		return nil, err
	}
	res := exportBench{}
	for _, name := range order {
		v := raw[name]
		// BundledExport/ITEM/VARIANT
		parts := strings.SplitN(name, "/", 3)
		if len(parts) != 3 || parts[0] != "BundledExport" {
			continue
		}
		if res[parts[1]] == nil {
			res[parts[1]] = map[string][]float64{}
			*items = append(*items, parts[1])
		}
		res[parts[1]][parts[2]] = v
	}
	return res, nil
}

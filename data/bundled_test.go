package data

// These tests check the bundled dataset, assets/data/camps.json, against the
// model and against the article it is built from. They decode the file on
// their own (not through Load) so that they hold whatever the loader does.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	bundledPath = filepath.Join("..", "assets", "data", "camps.json")
	articlePath = findArticle()
)

// findArticle looks for the source article: $AICAMPS_ARTICLE, else
// shared/source/article.zh.txt in a folder above this one (the project's
// checkout and its worktrees sit at different depths below it).
func findArticle() string {
	if p := os.Getenv("AICAMPS_ARTICLE"); p != "" {
		return p
	}
	dir, _ := filepath.Abs(".")
	for {
		p := filepath.Join(dir, "shared", "source", "article.zh.txt")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			return filepath.Join("..", "..", "shared", "source", "article.zh.txt")
		}
		dir = up
	}
}

// loadBundled decodes the bundled file strictly: an unknown field is an error.
func loadBundled(t *testing.T) *Dataset {
	t.Helper()
	b, err := os.ReadFile(bundledPath)
	if err != nil {
		t.Fatalf("read bundled dataset: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var ds Dataset
	if err := dec.Decode(&ds); err != nil {
		t.Fatalf("decode %s: %v", bundledPath, err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		t.Fatalf("%s: data after the top-level object", bundledPath)
	}
	return &ds
}

// loadArticle returns the article's lines; lines[0] is line 1.
func loadArticle(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(articlePath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("source article not found at %s: provenance cannot be checked here", articlePath)
	}
	if err != nil {
		t.Fatalf("read article: %v", err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

func sectionLine(ds *Dataset, r Ref) (int, bool) {
	for _, s := range ds.Sources {
		if s.ID != r.Doc {
			continue
		}
		for _, sec := range s.Sections {
			if sec.ID == r.Section {
				return sec.Line, true
			}
		}
	}
	return 0, false
}

// ---------------------------------------------------------------------------
// 1. The article's key figures, one by one.

// figure locates one number in the dataset: a relation's value, a relation's
// capacity in Unit, or the point of Series with the English Label (and Group).
type figure struct {
	name     string
	relation string
	unit     string // capacity unit, with relation
	series   string
	label    string
	group    string
	want     float64
	atLeast  bool // the dataset may hold more than want
	section  string
	date     string // expected date value, if any
	status   Status // expected status, if any
}

func (f figure) locate(ds *Dataset) (value float64, ref Ref, status Status, date *Date, err error) {
	if f.relation != "" {
		for _, r := range ds.Relations {
			if r.ID != f.relation {
				continue
			}
			if f.unit != "" {
				for _, q := range r.Capacity {
					if q.Unit == f.unit {
						return q.Amount, r.Source, r.Status, &r.Date, nil
					}
				}
				return 0, Ref{}, "", nil, fmt.Errorf("relation %q has no capacity in %s", f.relation, f.unit)
			}
			if r.ValueUSD == nil {
				return 0, Ref{}, "", nil, fmt.Errorf("relation %q has no valueUSD", f.relation)
			}
			return *r.ValueUSD, r.Source, r.Status, &r.Date, nil
		}
		return 0, Ref{}, "", nil, fmt.Errorf("no relation %q", f.relation)
	}
	for _, s := range ds.Series {
		if s.ID != f.series {
			continue
		}
		for _, p := range s.Points {
			if p.Label.En != f.label {
				continue
			}
			if f.group != "" && (p.Group == nil || p.Group.En != f.group) {
				continue
			}
			return p.Value, p.Source, p.Status, p.Date, nil
		}
		return 0, Ref{}, "", nil, fmt.Errorf("series %q has no point %q (group %q)", f.series, f.label, f.group)
	}
	return 0, Ref{}, "", nil, fmt.Errorf("no series %q", f.series)
}

var keyFigures = []figure{
	{name: "AWS-OpenAI contract US$38B", relation: "aws-openai-compute", want: 38e9, section: "s1.1", date: "2025-11-03", status: Reported},
	{name: "Microsoft-Anthropic financing US$10B", relation: "microsoft-anthropic-investment", want: 10e9, section: "s1.2", date: "2025-11-05", status: Rumoured},
	{name: "Azure cluster 500k H100", relation: "microsoft-anthropic-exclusive", unit: "GPU", want: 500000, section: "s1.2", date: "2025-11-05", status: Rumoured},
	{name: "AMD-OpenAI 6 GW", relation: "amd-openai-compute", unit: "GW", want: 6, section: "s1.1"},
	{name: "Oracle order US$300B", relation: "oracle-openai-compute", want: 300e9, section: "s3.1"},
	{name: "NVIDIA into OpenAI US$100B", relation: "nvidia-openai-investment", want: 100e9, section: "s3.2"},
	{name: "NVIDIA-Intel US$5B", relation: "nvidia-intel-partnership", want: 5e9, section: "s4.2"},
	{name: "AMD chip share before 15%", series: "amd-ai-chip-share", label: "AMD", group: "Before", want: 15, section: "s4.2", status: Reported},
	{name: "AMD chip share after 28%", series: "amd-ai-chip-share", label: "AMD", group: "After", want: 28, section: "s4.2", status: Reported},
	{name: "AI compute spending 9% in 2016", series: "ai-compute-spend-share", label: "2016", want: 9, section: "s3.1", date: "2016"},
	{name: "AI compute spending 25% in 2025", series: "ai-compute-spend-share", label: "2025", want: 25, section: "s3.1", date: "2025"},
	{name: "Compute supply grows at 1/3 of demand", series: "compute-supply-vs-demand", label: "Supply growth", want: 1.0 / 3, section: "s3.1"},
	{name: "OpenAI compute bill US$16B a year", series: "openai-compute-bill", label: "Yearly compute bill", want: 16e9, section: "s1.1"},
	{name: "Over 90% of it on Azure", series: "openai-compute-azure-share", label: "Microsoft Azure", want: 90, atLeast: true, section: "s1.1", status: Reported},
	{name: "Azure part at least US$14.4B", series: "openai-compute-bill", label: "Carried by Azure (at least)", want: 14.4e9, section: "s1.1", status: Derived},
	{name: "OpenAI first-half loss US$13.5B", series: "money-in-the-race", label: "OpenAI first-half net loss", want: 13.5e9, section: "s3.1"},
	{name: "Top 10 hold 85% of GPUs", series: "top10-gpu-share", label: "Top 10 AI companies", want: 85, section: "s4.1"},
	{name: "Scenario glut 30%", series: "end-game-scenarios", label: "Alliances dissolve on a compute glut", want: 30, section: "s5.1", status: Forecast},
	{name: "Scenario duopoly 50%", series: "end-game-scenarios", label: "Stable duopoly", want: 50, section: "s5.2", status: Forecast},
	{name: "Scenario third pole 20%", series: "end-game-scenarios", label: "A third pole rises", want: 20, section: "s5.3", status: Forecast},
	{name: "Anthropic valuation US$35B", series: "money-in-the-race", label: "Anthropic valuation", want: 35e9, section: "s1.2"},
	{name: "OpenAI valuation +US$40B", series: "money-in-the-race", label: "OpenAI valuation gain on deal day", want: 40e9, section: "s3.2", date: "2025-11-03"},
	{name: "xAI financing US$20B", series: "money-in-the-race", label: "xAI financing", want: 20e9, section: "s3.1"},
	{name: "xAI runway 20 months", series: "xai-runway", label: "Covered by its US$20B raise", want: 20, section: "s3.1"},
	{name: "AI investment over US$120B", series: "money-in-the-race", label: "Silicon Valley AI investment this year", want: 120e9, section: "s3.2", status: Reported},
	{name: "US$20B asked of Microsoft", series: "money-in-the-race", label: "Extra compute OpenAI asked of Microsoft", want: 20e9, section: "s2.3"},
	{name: "2024 compute cost over US$16B", series: "money-in-the-race", label: "OpenAI compute cost in 2024", want: 16e9, section: "s2.2", date: "2024"},
	{name: "300k GPUs asked for in 2024", series: "chip-counts", label: "Extra GPUs OpenAI asked for in 2024", want: 300000, section: "s2.2"},
	{name: "NVIDIA Q3 revenue +89%", series: "growth-rates", label: "NVIDIA Q3 2025 revenue, year on year", want: 89, section: "s4.2"},
	{name: "AWS sign-ups +27%", series: "growth-rates", label: "AWS enterprise sign-ups (deal day)", want: 27, section: "s3.2"},
	{name: "NVIDIA stock +5% intraday", series: "growth-rates", label: "NVIDIA intraday share gain (deal day)", want: 5, section: "s3.2"},
	{name: "NVIDIA GPU price x10", series: "multiples", label: "NVIDIA GPU price rise over three years", want: 10, section: "s3.1"},
	{name: "ChatGPT latency x3 on Azure", series: "multiples", label: "ChatGPT latency for Azure customers", want: 3, section: "s4.1"},
	{name: "Azure cluster x3 scale", series: "multiples", label: "Azure new cluster vs earlier scale", want: 3, section: "s1.2", status: Rumoured},
	{name: "ONA compute cost -40%", series: "declines", label: "ONA compute cost cut", want: 40, section: "s3.3", status: Forecast},
	{name: "Small AI firms -30% in 2026", series: "declines", label: "Fewer small AI firms in 2026", want: 30, section: "s4.1", status: Forecast},
	{name: "OpenAI may get ~10% of AMD", series: "openai-amd-stake", label: "Share of AMD", want: 10, section: "s4.2", status: Forecast},
}

func TestBundledKeyFigures(t *testing.T) {
	ds := loadBundled(t)
	for _, f := range keyFigures {
		t.Run(f.name, func(t *testing.T) {
			got, ref, status, date, err := f.locate(ds)
			if err != nil {
				t.Fatal(err)
			}
			if f.atLeast && got < f.want || !f.atLeast && math.Abs(got-f.want) > 1e-9*math.Max(1, math.Abs(f.want)) {
				t.Errorf("value = %v, want %v", got, f.want)
			}
			if ref.Doc != "article" || ref.Section != f.section {
				t.Errorf("source = %s §%s, want article §%s", ref.Doc, ref.Section, f.section)
			}
			if f.status != "" && status != f.status {
				t.Errorf("status = %q, want %q", status, f.status)
			}
			if f.date != "" && (date == nil || date.Value != f.date) {
				t.Errorf("date = %v, want %s", date, f.date)
			}
		})
	}
}

func TestBundledScenariosSumTo100(t *testing.T) {
	ds := loadBundled(t)
	for _, s := range ds.Series {
		if s.ID != "end-game-scenarios" {
			continue
		}
		sum := 0.0
		for _, p := range s.Points {
			sum += p.Value
		}
		if len(s.Points) != 3 || sum != 100 {
			t.Errorf("end-game scenarios: %d points summing to %v, want 3 summing to 100", len(s.Points), sum)
		}
		return
	}
	t.Fatal("no end-game-scenarios series")
}

// wantSections is the article's outline: section id -> heading line.
var wantSections = []struct {
	id   string
	line int
}{
	{"lede", 1}, {"s1", 3}, {"s1.1", 5}, {"s1.2", 9},
	{"s2", 13}, {"s2.1", 15}, {"s2.2", 17}, {"s2.3", 19}, {"s2.4", 21},
	{"s3", 23}, {"s3.1", 25}, {"s3.2", 28}, {"s3.3", 31},
	{"s4", 34}, {"s4.1", 36}, {"s4.2", 39}, {"s4.3", 42},
	{"s5", 45}, {"s5.1", 47}, {"s5.2", 49}, {"s5.3", 51},
	{"s6", 53},
}

func TestBundledSourceOutline(t *testing.T) {
	ds := loadBundled(t)
	if len(ds.Sources) != 1 || ds.Sources[0].ID != "article" {
		t.Fatalf("want exactly one source \"article\", got %d", len(ds.Sources))
	}
	src := ds.Sources[0]
	if src.Date != (Date{Value: "2025-11", Precision: Month}) || src.Language != "zh" {
		t.Errorf("source date %v language %q, want 2025-11 (month), zh", src.Date, src.Language)
	}
	if len(src.Sections) != len(wantSections) {
		t.Errorf("%d sections, want %d", len(src.Sections), len(wantSections))
	}
	for i, w := range wantSections {
		t.Run(w.id, func(t *testing.T) {
			if i >= len(src.Sections) {
				t.Fatal("missing")
			}
			if s := src.Sections[i]; s.ID != w.id || s.Line != w.line {
				t.Errorf("section %d = %q line %d, want %q line %d", i, s.ID, s.Line, w.id, w.line)
			}
		})
	}
	t.Run("title is the article's first line", func(t *testing.T) {
		lines := loadArticle(t)
		if want := strings.TrimPrefix(lines[0], "# "); src.Title.Zh != want {
			t.Errorf("title.zh = %q, want %q", src.Title.Zh, want)
		}
	})
}

// ---------------------------------------------------------------------------
// 2. Every record cites a real place in a listed source, with a known status.

type cited struct {
	what       string
	ref        Ref
	status     Status // "" for eras, which carry none
	derivation *Text  // for series points
}

func citations(ds *Dataset) []cited {
	var out []cited
	for _, c := range ds.Companies {
		out = append(out, cited{"company " + c.ID, c.Source, c.Status, nil})
	}
	for _, c := range ds.Camps {
		out = append(out, cited{"camp " + c.ID, c.Source, c.Status, nil})
	}
	for _, r := range ds.Relations {
		// A derived (inferred) relation says how in its description.
		out = append(out, cited{"relation " + r.ID, r.Source, r.Status, &r.Description})
	}
	for _, e := range ds.Events {
		out = append(out, cited{"event " + e.ID, e.Source, e.Status, nil})
	}
	for _, e := range ds.Eras {
		out = append(out, cited{"era " + e.ID, e.Source, "", nil})
	}
	for _, s := range ds.Series {
		for _, p := range s.Points {
			out = append(out, cited{pointName(s, p), p.Source, p.Status, &p.Derivation})
		}
	}
	return out
}

func pointName(s Series, p Point) string {
	name := "point " + s.ID + "/" + p.Label.En
	if p.Group != nil {
		name += " (" + p.Group.En + ")"
	}
	return name
}

func TestBundledCitations(t *testing.T) {
	ds := loadBundled(t)
	lines := loadArticle(t)
	for _, c := range citations(ds) {
		t.Run(c.what, func(t *testing.T) {
			line, ok := sectionLine(ds, c.ref)
			if !ok {
				t.Fatalf("source %s §%s is not a listed section of a listed source", c.ref.Doc, c.ref.Section)
			}
			if c.ref.Paragraph < 1 {
				t.Errorf("paragraph %d, want ≥ 1", c.ref.Paragraph)
			}
			if n := line + c.ref.Paragraph; n > len(lines) {
				t.Errorf("§%s ¶%d is line %d, past the article's %d lines", c.ref.Section, c.ref.Paragraph, n, len(lines))
			} else if isHeading(ds, n) {
				t.Errorf("§%s ¶%d is line %d, which is a heading", c.ref.Section, c.ref.Paragraph, n)
			}
			if c.what[:4] == "era " {
				return
			}
			if !slices.Contains(Statuses, c.status) {
				t.Errorf("status %q is not one of %v", c.status, Statuses)
			}
			if c.status == Derived && (c.derivation == nil || c.derivation.Zh == "" || c.derivation.En == "") {
				t.Error("derived figure without a derivation in both languages")
			}
		})
	}
}

func isHeading(ds *Dataset, line int) bool {
	for _, s := range ds.Sources {
		for _, sec := range s.Sections {
			if sec.Line == line {
				return true
			}
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// 3. Provenance: each figure stands, as the article writes it, on its line.

// writtenAs overrides the formatter for figures the article words differently.
var writtenAs = map[string]string{
	"compute-supply-vs-demand/Supply growth":         "1/3",
	"multiples/OpenAI compute supply with AWS":       "翻倍",
	"chip-counts/GB200/GB300 GPUs at AWS (floor)":    "数十万",
	"chip-counts/CPUs for agentic workloads (floor)": "数千万",
}

// inHeading lists figures that the article prints in the heading of the cited
// section (a Ref cannot point at a heading, so they cite its first paragraph).
var inHeading = map[string]bool{
	"end-game-scenarios/Alliances dissolve on a compute glut": true,
	"end-game-scenarios/Stable duopoly":                       true,
	"end-game-scenarios/A third pole rises":                   true,
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// written returns how the article writes value in unit: "380 亿", "15%", "6 吉瓦"…
func written(unit string, v float64) string {
	switch unit {
	case UnitUSD:
		return num(v/1e8) + " 亿"
	case UnitPercent:
		return num(v) + "%"
	case UnitMultiple:
		return num(v) + " 倍"
	case UnitMonths:
		return num(v) + " 个月"
	case UnitGW, "GW":
		return num(v) + " 吉瓦"
	case UnitCount, "GPU":
		if v >= 1e4 && math.Mod(v, 1e4) == 0 {
			return num(v/1e4) + " 万"
		}
		return num(v)
	}
	return num(v)
}

// onLine says whether token stands in line as a whole number: "5%" is not
// found inside "25%". The space before a CJK unit is optional.
func onLine(line, token string) bool {
	for _, tok := range []string{token, strings.Replace(token, " ", "", 1)} {
		for i := 0; ; {
			j := strings.Index(line[i:], tok)
			if j < 0 {
				break
			}
			at := i + j
			prev, _ := utf8.DecodeLastRuneInString(line[:at])
			first, _ := utf8.DecodeRuneInString(tok)
			if !unicode.IsDigit(first) || at == 0 || !(unicode.IsDigit(prev) || prev == '.' || prev == '/') {
				return true
			}
			i = at + 1
		}
	}
	return false
}

func TestBundledProvenance(t *testing.T) {
	ds := loadBundled(t)
	lines := loadArticle(t)
	lineOf := func(t *testing.T, r Ref) string {
		n, ok := sectionLine(ds, r)
		if !ok || n+r.Paragraph > len(lines) || r.Paragraph < 1 {
			t.Fatalf("bad source %+v", r)
		}
		return lines[n+r.Paragraph-1]
	}
	check := func(t *testing.T, line, token string) {
		if !onLine(line, token) {
			t.Errorf("%q not found on the cited line:\n%s", token, line)
		}
	}
	for _, s := range ds.Series {
		for _, p := range s.Points {
			if p.Status == Derived {
				continue
			}
			key := s.ID + "/" + p.Label.En
			t.Run(pointName(s, p), func(t *testing.T) {
				token, ok := writtenAs[key]
				if !ok {
					token = written(s.Unit, p.Value)
				}
				line := lineOf(t, p.Source)
				if inHeading[key] {
					n, _ := sectionLine(ds, p.Source)
					line = lines[n-1]
				}
				check(t, line, token)
			})
		}
	}
	for _, r := range ds.Relations {
		if r.Status == Derived {
			continue
		}
		if r.ValueUSD != nil {
			t.Run("relation "+r.ID+" value", func(t *testing.T) {
				check(t, lineOf(t, r.Source), written(UnitUSD, *r.ValueUSD))
			})
		}
		for _, q := range r.Capacity {
			t.Run("relation "+r.ID+" capacity "+q.Unit, func(t *testing.T) {
				check(t, lineOf(t, r.Source), written(q.Unit, q.Amount))
			})
		}
	}
}

// The provenance check must be able to fail.
func TestWrittenAndOnLine(t *testing.T) {
	tests := []struct {
		unit  string
		v     float64
		want  string
		line  string
		found bool
	}{
		{UnitUSD, 38e9, "380 亿", "总投入高达 380 亿美元。", true},
		{UnitUSD, 13.5e9, "135 亿", "净亏损 135 亿美元", true},
		{UnitUSD, 5e9, "50 亿", "估值飙升至 350 亿美元", false},
		{UnitUSD, 10e9, "100 亿", "投资 1000 亿美元", false},
		{UnitPercent, 5, "5%", "签约量增长 27%,股价上涨 5%", true},
		{UnitPercent, 5, "5%", "签约量增长 25%", false},
		{UnitGW, 6, "6 吉瓦", "达成 6 吉瓦算力部署协议", true},
		{UnitCount, 500000, "50 万", "搭载 50 万台 H100", true},
		{UnitMultiple, 10, "10 倍", "三年暴涨 10 倍", true},
		{UnitMonths, 20, "20 个月", "支撑 20 个月", true},
		{UnitPercent, 30, "30%", "概率 20%", false},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s %v in %q", tc.unit, tc.v, tc.line), func(t *testing.T) {
			if got := written(tc.unit, tc.v); got != tc.want {
				t.Errorf("written = %q, want %q", got, tc.want)
			}
			if got := onLine(tc.line, tc.want); got != tc.found {
				t.Errorf("onLine = %v, want %v", got, tc.found)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// 4. IDs are unique, references resolve, texts are bilingual.

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestBundledIDs(t *testing.T) {
	ds := loadBundled(t)
	kinds := map[string][]string{}
	for _, s := range ds.Sources {
		kinds["source"] = append(kinds["source"], s.ID)
		for _, sec := range s.Sections {
			kinds["section of "+s.ID] = append(kinds["section of "+s.ID], sec.ID)
		}
	}
	for _, c := range ds.Companies {
		kinds["company"] = append(kinds["company"], c.ID)
	}
	for _, c := range ds.Camps {
		kinds["camp"] = append(kinds["camp"], c.ID)
	}
	for _, r := range ds.Relations {
		kinds["relation"] = append(kinds["relation"], r.ID)
	}
	for _, e := range ds.Events {
		kinds["event"] = append(kinds["event"], e.ID)
	}
	for _, e := range ds.Eras {
		kinds["era"] = append(kinds["era"], e.ID)
	}
	for _, s := range ds.Series {
		kinds["series"] = append(kinds["series"], s.ID)
		for _, p := range s.Points {
			kinds["point of "+s.ID] = append(kinds["point of "+s.ID], pointName(s, p))
		}
	}
	for _, c := range ds.Charts {
		kinds["chart"] = append(kinds["chart"], c.ID)
	}
	for kind, ids := range kinds {
		t.Run(kind, func(t *testing.T) {
			seen := map[string]bool{}
			for _, id := range ids {
				if id == "" {
					t.Error("empty id")
				}
				if seen[id] {
					t.Errorf("duplicate %q", id)
				}
				seen[id] = true
				plain := !strings.HasPrefix(kind, "section") && !strings.HasPrefix(kind, "point")
				if plain && !idPattern.MatchString(id) {
					t.Errorf("id %q is not lowercase a-z0-9-", id)
				}
			}
		})
	}
}

func TestBundledReferences(t *testing.T) {
	ds := loadBundled(t)
	company := map[string]bool{}
	for _, c := range ds.Companies {
		company[c.ID] = true
	}
	relation := map[string]bool{}
	for _, r := range ds.Relations {
		relation[r.ID] = true
	}
	era := map[string]bool{}
	for _, e := range ds.Eras {
		era[e.ID] = true
	}
	series := map[string]bool{}
	for _, s := range ds.Series {
		series[s.ID] = true
	}
	t.Run("relations", func(t *testing.T) {
		for _, r := range ds.Relations {
			if !company[r.From] || !company[r.To] || r.From == r.To {
				t.Errorf("%s: %q -> %q", r.ID, r.From, r.To)
			}
		}
	})
	t.Run("camp members", func(t *testing.T) {
		for _, c := range ds.Camps {
			seen := map[string]bool{}
			for _, m := range c.Members {
				if !company[m.Company] || seen[m.Company] {
					t.Errorf("%s: member %q unknown or repeated", c.ID, m.Company)
				}
				seen[m.Company] = true
			}
			if len(c.Members) < 2 {
				t.Errorf("%s: %d members", c.ID, len(c.Members))
			}
		}
	})
	t.Run("events", func(t *testing.T) {
		for _, e := range ds.Events {
			for _, p := range e.Parties {
				if !company[p] {
					t.Errorf("%s: party %q", e.ID, p)
				}
			}
			for _, r := range e.Relations {
				if !relation[r] {
					t.Errorf("%s: relation %q", e.ID, r)
				}
			}
			if e.Era != "" && !era[e.Era] {
				t.Errorf("%s: era %q", e.ID, e.Era)
			}
		}
	})
	t.Run("charts", func(t *testing.T) {
		for _, c := range ds.Charts {
			for _, s := range c.Series {
				if !series[s] {
					t.Errorf("%s: series %q", c.ID, s)
				}
			}
		}
	})
	t.Run("point companies", func(t *testing.T) {
		for _, s := range ds.Series {
			for _, p := range s.Points {
				if p.Company != "" && !company[p.Company] {
					t.Errorf("%s: company %q", pointName(s, p), p.Company)
				}
			}
		}
	})
	t.Run("every company takes part", func(t *testing.T) {
		used := map[string]bool{}
		for _, r := range ds.Relations {
			used[r.From], used[r.To] = true, true
		}
		for _, e := range ds.Events {
			for _, p := range e.Parties {
				used[p] = true
			}
		}
		for _, c := range ds.Camps {
			for _, m := range c.Members {
				used[m.Company] = true
			}
		}
		for _, c := range ds.Companies {
			if !used[c.ID] {
				t.Errorf("company %q is in no relation, event or camp", c.ID)
			}
		}
	})
}

// walkTexts calls visit for every Text in v, with a readable path and whether
// the field may be left out (its json tag says omitempty).
func walkTexts(v reflect.Value, path string, optional bool, visit func(path string, t Text, optional bool)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkTexts(v.Elem(), path, false, visit)
		}
	case reflect.Struct:
		if t, ok := v.Interface().(Text); ok {
			visit(path, t, optional)
			return
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			walkTexts(v.Field(i), path+"."+name, strings.Contains(opts, "omitempty"), visit)
		}
	case reflect.Slice:
		for i := range v.Len() {
			el := v.Index(i)
			key := strconv.Itoa(i)
			if el.Kind() == reflect.Struct {
				if id := el.FieldByName("ID"); id.IsValid() && id.String() != "" {
					key = id.String()
				}
			}
			walkTexts(el, fmt.Sprintf("%s[%s]", path, key), false, visit)
		}
	}
}

func TestBundledTextsAreBilingual(t *testing.T) {
	ds := loadBundled(t)
	n := 0
	walkTexts(reflect.ValueOf(*ds), "dataset", false, func(path string, tx Text, optional bool) {
		n++
		if optional && tx.Zh == "" && tx.En == "" {
			return
		}
		if strings.TrimSpace(tx.Zh) == "" || strings.TrimSpace(tx.En) == "" {
			t.Errorf("%s: zh %q, en %q: want both", path, tx.Zh, tx.En)
		}
	})
	if n < 100 {
		t.Errorf("visited only %d texts: is the walker broken?", n)
	}
}

// width counts a CJK character as one and anything else as half.
func width(s string) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) || r >= 0xFF00 && r <= 0xFFEF || r >= 0x3000 && r <= 0x303F {
			w++
		} else {
			w += 0.5
		}
	}
	return w
}

func TestBundledTitlesAreShort(t *testing.T) {
	ds := loadBundled(t)
	check := func(what string, tx Text) {
		if width(tx.Zh) > 24 || utf8.RuneCountInString(tx.En) > 50 {
			t.Errorf("%s too long: %q (%v) / %q (%d)", what, tx.Zh, width(tx.Zh), tx.En, utf8.RuneCountInString(tx.En))
		}
	}
	for _, s := range ds.Sources {
		for _, sec := range s.Sections {
			check("section "+sec.ID, sec.Title)
		}
	}
	for _, c := range ds.Companies {
		check("company "+c.ID, c.Name)
	}
	for _, c := range ds.Camps {
		check("camp "+c.ID, c.Name)
	}
	for _, r := range ds.Relations {
		check("relation "+r.ID, r.Title)
	}
	for _, e := range ds.Events {
		check("event "+e.ID, e.Title)
	}
	for _, e := range ds.Eras {
		check("era "+e.ID, e.Name)
	}
	for _, s := range ds.Series {
		check("series "+s.ID, s.Title)
		for _, p := range s.Points {
			check(pointName(s, p), p.Label)
		}
	}
	for _, c := range ds.Charts {
		check("chart "+c.ID, c.Title)
	}
}

// ---------------------------------------------------------------------------
// Enumerations, dates, numbers and charts.

// span returns the first and last day a date may mean.
func span(d Date) (first, last time.Time, err error) {
	layout := map[Precision]string{Day: "2006-01-02", Month: "2006-01", Year: "2006"}[d.Precision]
	if layout == "" {
		return first, last, fmt.Errorf("precision %q", d.Precision)
	}
	first, err = time.Parse(layout, d.Value)
	if err != nil || first.Format(layout) != d.Value {
		return first, last, fmt.Errorf("%q is not a %s date", d.Value, d.Precision)
	}
	switch d.Precision {
	case Day:
		last = first
	case Month:
		last = first.AddDate(0, 1, -1)
	case Year:
		last = first.AddDate(1, 0, -1)
	}
	return first, last, nil
}

func TestBundledDates(t *testing.T) {
	ds := loadBundled(t)
	check := func(what string, d Date) (time.Time, time.Time) {
		if d.IsUndated() {
			return time.Time{}, time.Time{} // no date made up: nothing to check
		}
		f, l, err := span(d)
		if err != nil {
			t.Errorf("%s: %v", what, err)
		}
		if f.Year() < 2016 || f.Year() > 2027 {
			t.Errorf("%s: %s is outside the story", what, d.Value)
		}
		return f, l
	}
	for _, s := range ds.Sources {
		check("source "+s.ID, s.Date)
	}
	for _, r := range ds.Relations {
		from, _ := check("relation "+r.ID, r.Date)
		if r.Until != nil {
			if _, until := check("relation "+r.ID+" until", *r.Until); until.Before(from) {
				t.Errorf("relation %s ends before it starts", r.ID)
			}
		}
	}
	eras := map[string][2]time.Time{}
	for _, e := range ds.Eras {
		f, _ := check("era "+e.ID+" start", e.Start)
		_, l := check("era "+e.ID+" end", e.End)
		if l.Before(f) {
			t.Errorf("era %s ends before it starts", e.ID)
		}
		eras[e.ID] = [2]time.Time{f, l}
	}
	t.Run("eras do not overlap", func(t *testing.T) {
		for i, a := range ds.Eras {
			for _, b := range ds.Eras[i+1:] {
				ea, eb := eras[a.ID], eras[b.ID]
				if !ea[1].Before(eb[0]) && !eb[1].Before(ea[0]) {
					t.Errorf("eras %s and %s overlap", a.ID, b.ID)
				}
			}
		}
	})
	for _, e := range ds.Events {
		f, _ := check("event "+e.ID, e.Date)
		if e.End != nil {
			if _, l := check("event "+e.ID+" end", *e.End); l.Before(f) {
				t.Errorf("event %s ends before it starts", e.ID)
			}
		}
		if e.Era != "" {
			// An imprecise date starts inside its era; a qualified one counts
			// from inside it ("before April" from 31 March).
			if e.Date.Qualifier != "" {
				f = ds.Since(e.Date, e.Source)
			}
			if span := eras[e.Era]; f.Before(span[0]) || f.After(span[1]) {
				t.Errorf("event %s (%s) is outside its era %s", e.ID, e.Date.Value, e.Era)
			}
		}
		if (e.Type == "forecast") != (e.Status == Forecast) {
			t.Errorf("event %s: type %q with status %q", e.ID, e.Type, e.Status)
		}
	}
	for _, s := range ds.Series {
		for _, p := range s.Points {
			if p.Date != nil {
				check(pointName(s, p), *p.Date)
			}
		}
	}
}

var colourPattern = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

func TestBundledEnumsAndNumbers(t *testing.T) {
	ds := loadBundled(t)
	kinds := []string{KindModelLab, KindCloud, KindChipMaker, KindBigTech, KindInvestor, KindAnalyst, KindGovernment, KindOther}
	for _, c := range ds.Companies {
		if !slices.Contains(kinds, c.Kind) || len(c.Country) != 2 || strings.ToUpper(c.Country) != c.Country {
			t.Errorf("company %s: kind %q country %q", c.ID, c.Kind, c.Country)
		}
	}
	for _, c := range ds.Camps {
		if !colourPattern.MatchString(c.Color) {
			t.Errorf("camp %s: colour %q", c.ID, c.Color)
		}
	}
	for _, r := range ds.Relations {
		if !slices.Contains(RelationTypes, r.Type) {
			t.Errorf("relation %s: type %q", r.ID, r.Type)
		}
		if r.ValueUSD != nil && *r.ValueUSD <= 0 {
			t.Errorf("relation %s: value %v", r.ID, *r.ValueUSD)
		}
		for _, q := range r.Capacity {
			if q.Amount <= 0 || q.Unit == "" {
				t.Errorf("relation %s: capacity %+v", r.ID, q)
			}
		}
	}
	for _, e := range ds.Events {
		if !slices.Contains(EventTypes, e.Type) {
			t.Errorf("event %s: type %q", e.ID, e.Type)
		}
	}
	for _, s := range ds.Series {
		if !slices.Contains(Units, s.Unit) || len(s.Points) == 0 {
			t.Errorf("series %s: unit %q, %d points", s.ID, s.Unit, len(s.Points))
		}
		groups := map[string]float64{}
		for _, p := range s.Points {
			if p.Value < 0 || s.Unit == UnitPercent && p.Value > 100 {
				t.Errorf("%s: value %v", pointName(s, p), p.Value)
			}
			if p.Group != nil {
				groups[p.Group.En] += p.Value
			}
		}
		for g, sum := range groups {
			if s.Unit == UnitPercent && sum > 100+1e-9 {
				t.Errorf("series %s group %q sums to %v", s.ID, g, sum)
			}
		}
	}
}

var wantCharts = map[string]string{
	"deal-values":       ChartDealValues,
	"camp-totals":       ChartCampTotals,
	"chip-share":        ChartShare,
	"compute-squeeze":   ChartBars,
	"money-in-the-race": ChartBars,
	"end-game":          ChartDonut,
	"gpu-concentration": ChartDonut,
}

func TestBundledCharts(t *testing.T) {
	ds := loadBundled(t)
	got := map[string]Chart{}
	for _, c := range ds.Charts {
		got[c.ID] = c
		t.Run(c.ID, func(t *testing.T) {
			if !slices.Contains(ChartKinds, c.Kind) {
				t.Fatalf("kind %q", c.Kind)
			}
			noSeries := c.Kind == ChartDealValues || c.Kind == ChartCampTotals
			if noSeries != (len(c.Series) == 0) {
				t.Errorf("kind %s with %d series", c.Kind, len(c.Series))
			}
			if c.Kind == ChartShare {
				for _, id := range c.Series {
					for _, s := range ds.Series {
						if s.ID == id && (s.Unit != UnitPercent || slices.ContainsFunc(s.Points, func(p Point) bool { return p.Group == nil })) {
							t.Errorf("share chart over %s, which is not a grouped percent series", id)
						}
					}
				}
			}
		})
	}
	for id, kind := range wantCharts {
		if got[id].Kind != kind {
			t.Errorf("chart %s: kind %q, want %q", id, got[id].Kind, kind)
		}
	}
}

func TestBundledCamps(t *testing.T) {
	ds := loadBundled(t)
	want := []struct {
		id      string
		status  Status
		colour  string
		members []string
	}{
		{"ona", Reported, "#0072B2", []string{"openai", "nvidia", "aws"}},
		{"maa", Reported, "#D55E00", []string{"microsoft", "anthropic", "amd"}},
		{"third-pole", Forecast, "#009E73", []string{"google", "oracle", "intel"}},
		{"meta-tesla", Forecast, "#CC79A7", []string{"meta", "tesla"}},
	}
	for _, w := range want {
		t.Run(w.id, func(t *testing.T) {
			i := slices.IndexFunc(ds.Camps, func(c Camp) bool { return c.ID == w.id })
			if i < 0 {
				t.Fatal("missing")
			}
			c := ds.Camps[i]
			var members []string
			for _, m := range c.Members {
				members = append(members, m.Company)
			}
			if c.Status != w.status || c.Color != w.colour || !slices.Equal(members, w.members) {
				t.Errorf("got %s %s %v, want %s %s %v", c.Status, c.Color, members, w.status, w.colour, w.members)
			}
		})
	}
}

package data

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// The second reader's audit (docs/DATA.md), pinned one defect class at a
// time: each test fails on the data as it stood before the audit.

func relationByID(t *testing.T, ds *Dataset, id string) *Relation {
	t.Helper()
	for i := range ds.Relations {
		if ds.Relations[i].ID == id {
			return &ds.Relations[i]
		}
	}
	t.Fatalf("no relation %q", id)
	return nil
}

func pointByLabel(t *testing.T, ds *Dataset, series, en string) *Point {
	t.Helper()
	for i := range ds.Series {
		if ds.Series[i].ID != series {
			continue
		}
		for j := range ds.Series[i].Points {
			if p := &ds.Series[i].Points[j]; p.Label.En == en {
				return p
			}
		}
	}
	t.Fatalf("no point %s/%q", series, en)
	return nil
}

// Class 1: a floor ("超", "突破") is reported as a floor; a ceiling ("近")
// as a ceiling; the author's "可将" and the article's "可能" are forecasts.
func TestAuditStatusAsFramed(t *testing.T) {
	ds := loadBundled(t)
	for _, tc := range []struct {
		series, label string
		status        Status
		bound         string
	}{
		{"openai-compute-azure-share", "Microsoft Azure", Reported, Floor},               // 超 90%
		{"money-in-the-race", "Silicon Valley AI investment this year", Reported, Floor}, // 突破 1200 亿
		{"money-in-the-race", "OpenAI compute cost in 2024", Reported, Floor},            // 突破 160 亿
		{"openai-compute-bill", "Carried by Azure (at least)", Derived, Floor},
		{"openai-compute-bill", "Other sources (at most)", Derived, Ceiling},
		{"openai-compute-azure-share", "Other sources", Derived, Ceiling},
		{"declines", "ONA compute cost cut", Forecast, ""},      // 可将…降低 40%
		{"openai-amd-stake", "Share of AMD", Forecast, Ceiling}, // 可能获得近 10%
		{"chip-counts", "GB200/GB300 GPUs at AWS (floor)", Derived, Floor},
		{"chip-counts", "CPUs for agentic workloads (floor)", Derived, Floor},
	} {
		p := pointByLabel(t, ds, tc.series, tc.label)
		if p.Status != tc.status || p.Bound != tc.bound {
			t.Errorf("%s/%s: status %s bound %q, want %s %q", tc.series, tc.label, p.Status, p.Bound, tc.status, tc.bound)
		}
	}
	// The relation and the chart say the same thing about Azure's share.
	if r := relationByID(t, ds, "microsoft-openai-azure-compute"); r.Status != pointByLabel(t, ds, "openai-compute-azure-share", "Microsoft Azure").Status {
		t.Errorf("Azure's share: the relation is %s, the chart's point is not", r.Status)
	}
	if r := relationByID(t, ds, "openai-amd-equity"); r.Status != Forecast {
		t.Errorf("openai-amd-equity is %s, want forecast: the article says OpenAI may get it", r.Status)
	}
}

// Class 2: the Chinese says who pays whom as the English and from/to do.
func TestAuditDirectionInChinese(t *testing.T) {
	ds := loadBundled(t)
	r := relationByID(t, ds, "microsoft-anthropic-investment")
	if r.From != "microsoft" || r.To != "anthropic" || !r.Directed {
		t.Errorf("Microsoft's round: %s -> %s, want microsoft -> anthropic", r.From, r.To)
	}
	// "A 向 B 融资" is A raising money from B: never write it of Microsoft.
	reversed := regexp.MustCompile(`微软向 ?Anthropic ?融资`)
	walkAll(ds, func(path string, tx Text) {
		if reversed.MatchString(tx.Zh) {
			t.Errorf("%s: %q reads as Microsoft raising money from Anthropic", path, tx.Zh)
		}
	})
}

// Class 3: vague quantities are floors with a stated rule, never a plain
// number the article does not give.
func TestAuditVagueQuantities(t *testing.T) {
	ds := loadBundled(t)
	for label, word := range map[string]string{"GB200/GB300 GPUs at AWS (floor)": "数十万", "CPUs for agentic workloads (floor)": "数千万"} {
		p := pointByLabel(t, ds, "chip-counts", label)
		if p.Status != Derived || p.Bound != Floor || !strings.Contains(p.Derivation.Zh, word) || !strings.Contains(p.Derivation.Zh, "≥") {
			t.Errorf("%s: status %s bound %q derivation %q, want derived floor with the rule for %s", label, p.Status, p.Bound, p.Derivation.Zh, word)
		}
	}
	for _, s := range ds.Series {
		for _, p := range s.Points {
			if p.Status == Estimate && p.Bound == "" {
				t.Errorf("%s: an estimate without a bound: say floor, ceiling or range", pointName(s, p))
			}
		}
	}
}

// Class 4: relations the article implies are derived, and a push to adapt
// to a chip is not a chip supply.
func TestAuditInferredRelations(t *testing.T) {
	ds := loadBundled(t)
	for _, id := range []string{"nvidia-aws-chip-supply", "nvidia-microsoft-chip-supply"} {
		if r := relationByID(t, ds, id); r.Status != Derived {
			t.Errorf("%s is %s: the article states no such deal, it is inferred", id, r.Status)
		}
	}
	if r := relationByID(t, ds, "amd-anthropic-chip-supply"); r.Type == ChipSupply {
		t.Errorf("amd-anthropic-chip-supply is a %s: Microsoft pushes Anthropic to adapt to the MI300X", r.Type)
	}
}

// yearIn reports whether a year-only date Y stands in the paragraph: "Y"
// itself, or "今年" for the source's year.
func yearIn(ds *Dataset, line, year string) bool {
	return strings.Contains(line, year) || year == ds.Sources[0].Date.Value[:4] && strings.Contains(line, "今年")
}

// Class 5: no date the article does not give. A plain year stands in the
// cited paragraph; the deals it leaves undated are undated; a deadline is
// "by"; a leak's day is kept apart as the reported date.
func TestAuditDates(t *testing.T) {
	ds := loadBundled(t)
	lines := loadArticle(t)
	para := func(r Ref) string {
		l, _ := sectionLine(ds, r)
		if l+r.Paragraph-1 < len(lines) {
			return lines[l+r.Paragraph-1]
		}
		return ""
	}
	checkYear := func(what string, d Date, ref Ref) {
		if d.Precision == Year && d.Qualifier == "" && !yearIn(ds, para(ref), d.Value) {
			t.Errorf("%s: dated %s, which its paragraph does not say", what, d.Value)
		}
	}
	for _, r := range ds.Relations {
		checkYear("relation "+r.ID, r.Date, r.Source)
	}
	for _, e := range ds.Events {
		checkYear("event "+e.ID, e.Date, e.Source)
	}
	for _, s := range ds.Series {
		for _, p := range s.Points {
			if p.Date != nil {
				checkYear(pointName(s, p), *p.Date, p.Source)
			}
		}
	}
	for _, id := range []string{"oracle-openai-compute", "nvidia-openai-investment", "nvidia-xai-investment", "nvidia-intel-partnership", "aws-nvidia-partnership", "microsoft-amd-partnership"} {
		if r := relationByID(t, ds, id); !r.Date.IsUndated() {
			t.Errorf("%s: dated %s %s, but the article gives no date", id, r.Date.Value, r.Date.Precision)
		}
	}
	for _, e := range ds.Events {
		if e.ID == "aws-deployment-complete" && (e.Date.Qualifier != By || e.Date.Value != "2026") {
			t.Errorf("the 2026 deadline is %+v, want by 2026 (\"2026 年底前\")", e.Date)
		}
	}
	// Whatever cites a paragraph with a leak keeps the leak's day apart.
	for _, r := range ds.Relations {
		if strings.Contains(para(r.Source), "知情人士透露") && (r.Reported == nil || r.Reported.Value != "2025-11-05" || r.Date.Qualifier == "" && !r.Date.IsUndated()) {
			t.Errorf("relation %s: date %+v reported %v: the leak's day is not the day the deal takes effect", r.ID, r.Date, r.Reported)
		}
	}
	// 2027 is a date of the story: Altman's "before 2027".
	found := false
	for _, e := range ds.Events {
		found = found || e.Date.Value == "2027" && e.Date.Qualifier == Before
	}
	if !found {
		t.Error("no event dated before 2027")
	}
}

// Class 6: camps have dates, and as of a day before they formed they are
// not there; forecast camps show only with the whole story.
func TestAuditCampsFormed(t *testing.T) {
	ds := loadBundled(t)
	want := map[string]string{"ona": "2025-11-03", "maa": "2025-11-05"}
	for i := range ds.Camps {
		c := &ds.Camps[i]
		if c.Status == Forecast {
			if ds.CampAsOf(c, day("2026-12-31")) || !ds.CampAsOf(c, time.Time{}) {
				t.Errorf("forecast camp %s: shows as of a date the article does not give", c.ID)
			}
			continue
		}
		if c.Formed == nil {
			t.Errorf("camp %s has no formed date", c.ID)
			continue
		}
		if got := ds.Since(*c.Formed, c.Source).Format("2006-01-02"); got != want[c.ID] {
			t.Errorf("camp %s counts from %s, want %s", c.ID, got, want[c.ID])
		}
		if ds.CampAsOf(c, day("2024-07-09")) {
			t.Errorf("camp %s shows as of 9 July 2024", c.ID)
		}
	}
	// The timeline's "two camps form" and the camps' rivalry begin when the
	// network has drawn both camps, not on 1 November.
	for i := range ds.Events {
		if e := &ds.Events[i]; e.ID == "two-camps-emerge" && ds.EventSince(e).Format("2006-01-02") != "2025-11-05" {
			t.Errorf("two-camps-emerge counts from %s, want 2025-11-05", ds.EventSince(e).Format("2006-01-02"))
		}
	}
	if r := relationByID(t, ds, "aws-microsoft-rivalry"); ds.RelationSince(r).Format("2006-01-02") != "2025-11-05" {
		t.Errorf("aws-microsoft-rivalry counts from %s, want 2025-11-05", ds.RelationSince(r).Format("2006-01-02"))
	}
}

// Class 7: as of a day, a chart shows no figure of a later deal. On
// 9 July 2024 the money chart held the Oracle order, NVIDIA's US$100B and a
// first-half loss, because undated figures always showed.
func TestAuditChartsKeepTheDate(t *testing.T) {
	ds := loadBundled(t)
	at := day("2024-07-09")
	shown := map[string]bool{}
	for i := range ds.Series {
		for _, p := range PointsAsOf(ds, &ds.Series[i], at) {
			shown[pointName(ds.Series[i], *p)] = true
		}
	}
	for _, name := range []string{"point money-in-the-race/Oracle compute order", "point money-in-the-race/NVIDIA investment in OpenAI",
		"point money-in-the-race/OpenAI first-half net loss", "point money-in-the-race/OpenAI compute cost in 2024", "point multiples/NVIDIA GPU price rise over three years"} {
		if shown[name] {
			t.Errorf("as of 9 July 2024, %s shows", name)
		}
	}
	if len(shown) != 1 || !shown["point ai-compute-spend-share/2016"] {
		t.Errorf("as of 9 July 2024 the charts show %v, want only IDC's 2016 share", shown)
	}
	for i := range ds.Series {
		for j := range ds.Series[i].Points {
			p := &ds.Series[i].Points[j]
			if p.Relation == "" {
				continue
			}
			for _, r := range ds.Relations {
				if r.ID == p.Relation && r.ValueUSD != nil && ds.Series[i].Unit == UnitUSD && *r.ValueUSD != p.Value {
					t.Errorf("%s: %v, its deal %s says %v", pointName(ds.Series[i], *p), p.Value, r.ID, *r.ValueUSD)
				}
			}
		}
	}
}

// Class 8: the article's statements are records: speaker, company, our
// paraphrase, claimed, and a locator whose paragraph names the speaker.
func TestAuditStatements(t *testing.T) {
	ds := loadBundled(t)
	lines := loadArticle(t)
	want := map[string]struct{ company, token string }{
		"altman-sf-launch": {"openai", "奥特曼"}, "altman-agi-2027": {"openai", "奥特曼"},
		"nadella-email": {"microsoft", "纳德拉"}, "nadella-strategy-meeting": {"microsoft", "纳德拉"},
		"analyst-two-guards": {"", "分析师"}, "huang-back-every-project": {"nvidia", "黄仁勋"},
		"huang-final-battlefield": {"nvidia", "黄仁勋"}, "expert-rule-takers": {"", "专家"},
	}
	seen := map[string]bool{}
	for _, s := range ds.Statements {
		seen[s.ID] = true
		if s.Status != Claimed {
			t.Errorf("statement %s is %s, want claimed", s.ID, s.Status)
		}
		l, ok := sectionLine(ds, s.Source)
		if !ok || l+s.Source.Paragraph-1 >= len(lines) {
			t.Errorf("statement %s: no paragraph at %+v", s.ID, s.Source)
			continue
		}
		line := lines[l+s.Source.Paragraph-1]
		if w, ok := want[s.ID]; ok && (s.Speaker.Company != w.company || !strings.Contains(line, w.token)) {
			t.Errorf("statement %s: company %q, paragraph names %q: %v", s.ID, s.Speaker.Company, w.token, strings.Contains(line, w.token))
		}
		if !strings.ContainsAny(line, "“\"") {
			t.Errorf("statement %s: its paragraph quotes no one", s.ID)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("no statement %s", id)
		}
	}
}

// Class 10: a multiple says how its "倍" is read.
func TestAuditMultiplesRead(t *testing.T) {
	ds := loadBundled(t)
	for _, s := range ds.Series {
		if s.Unit != UnitMultiple {
			continue
		}
		for _, p := range s.Points {
			if p.Status != Derived && (p.Reading.Zh == "" || p.Reading.En == "" || !strings.Contains(p.Reading.Zh, "×")) {
				t.Errorf("%s: no reading of its multiple", pointName(s, p))
			}
		}
	}
	if got := pointByLabel(t, ds, "multiples", "Azure new cluster vs earlier scale"); got.Value != 3 || !strings.Contains(got.Reading.En, "×3") {
		t.Errorf("Azure's cluster: %v read %q, want 3 read as ×3", got.Value, got.Reading.En)
	}
}

// walkAll visits every text of the dataset but the sources' own titles.
func walkAll(ds *Dataset, visit func(path string, tx Text)) {
	walkTexts(reflectValue(ds), "dataset", false, func(path string, tx Text, _ bool) {
		if !strings.HasPrefix(path, "dataset.sources") {
			visit(path, tx)
		}
	})
}

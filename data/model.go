// Package data holds the camps dataset: its types, the loader that checks a
// file and explains every error, and the queries the views need.
// It knows nothing of screens: no Fyne, no go-chart.
package data

// Text is a string in both of the app's languages.
type Text struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// In returns the text in lang ("zh" or "en"), falling back to the other
// language when one is empty.
func (t Text) In(lang string) string {
	if lang == "zh" {
		if t.Zh != "" {
			return t.Zh
		}
		return t.En
	}
	if t.En != "" {
		return t.En
	}
	return t.Zh
}

// Status says how sure a fact is, as the source presents it.
type Status string

const (
	Reported Status = "reported" // stated as fact by the source
	Rumoured Status = "rumoured" // attributed to unnamed people ("据知情人士透露")
	Claimed  Status = "claimed"  // asserted by an interested party
	Estimate Status = "estimate" // an approximation (analysts, "近", "超")
	Forecast Status = "forecast" // about the future
	Derived  Status = "derived"  // computed by us from other figures; see Derivation
)

// Statuses lists every known status, in order of certainty.
var Statuses = []Status{Reported, Claimed, Rumoured, Estimate, Forecast, Derived}

// Precision is how much of a Date is known.
type Precision string

const (
	Day   Precision = "day"
	Month Precision = "month"
	Year  Precision = "year"
	// Undated is a fact the source does not date; it has no value and
	// counts "as of" from its source's date (see Dataset.Since).
	Undated Precision = "undated"
)

// Qualifier says how a date bounds the fact: "by" 2026 (at the latest by
// the end of 2026), "before" 2027, "after" 2023-11, "about" 2025-04. Empty:
// the fact falls within the date.
type Qualifier string

const (
	By     Qualifier = "by"
	Before Qualifier = "before"
	After  Qualifier = "after"
	About  Qualifier = "about"
)

// Qualifiers lists every known qualifier.
var Qualifiers = []Qualifier{By, Before, After, About}

// Date is a calendar date with a precision: "2025-11-03" (day),
// "2025-04" (month) or "2023" (year), or undated (no value), optionally
// qualified ("by", "before", "after", "about").
type Date struct {
	Value     string    `json:"value,omitempty"`
	Precision Precision `json:"precision"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
}

// IsUndated reports whether the source gives no date for the fact.
func (d Date) IsUndated() bool { return d.Precision == Undated }

// Source is a document the dataset is built from.
type Source struct {
	ID       string    `json:"id"`
	Title    Text      `json:"title"`
	Outlet   string    `json:"outlet,omitempty"`
	Date     Date      `json:"date"`
	Language string    `json:"language"`
	Sections []Section `json:"sections"`
}

// Section is a headed part of a source document. Paragraph N of a section
// stands N lines below its heading in the document's text.
type Section struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	Line  int    `json:"line"` // 1-based line of the heading in the source text
}

// Ref points to where a fact stands: a section and paragraph of a source.
type Ref struct {
	Doc       string `json:"doc"`
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"`
}

// Company kinds.
const (
	KindModelLab   = "model-lab"
	KindCloud      = "cloud"
	KindChipMaker  = "chip-maker"
	KindBigTech    = "big-tech"
	KindInvestor   = "investor"
	KindAnalyst    = "analyst"
	KindGovernment = "government"
	KindOther      = "other"
)

// Company is any company or organisation the source names.
type Company struct {
	ID      string `json:"id"`
	Name    Text   `json:"name"`
	Kind    string `json:"kind"`
	Country string `json:"country"` // ISO 3166-1 alpha-2
	Note    Text   `json:"note,omitempty"`
	Status  Status `json:"status"`
	Source  Ref    `json:"source"`
	// X and Y pin the company in the network view when set (layout units).
	X *float64 `json:"x,omitempty"`
	Y *float64 `json:"y,omitempty"`
}

// Camp is an alliance of companies.
type Camp struct {
	ID          string   `json:"id"`
	Name        Text     `json:"name"`
	Description Text     `json:"description"`
	Color       string   `json:"color"` // "#rrggbb"
	Members     []Member `json:"members"`
	// Formed is when the camp formed (for a forecast camp: the date it is
	// forecast for). Nil is undated: see Dataset.CampAsOf.
	Formed *Date  `json:"formed,omitempty"`
	Status Status `json:"status"`
	Source Ref    `json:"source"`
}

// Member is a company's place in a camp.
type Member struct {
	Company string `json:"company"`
	Role    Text   `json:"role"`
	Joined  *Date  `json:"joined,omitempty"` // nil: with the camp's forming
}

// Relation types.
const (
	Investment  = "investment"
	Compute     = "compute-contract" // cloud or compute capacity bought or sold
	ChipSupply  = "chip-supply"
	Exclusive   = "exclusive-deployment"
	Partnership = "partnership"
	BoardSeat   = "board-seat"
	Rivalry     = "rivalry"
	Rupture     = "rupture"
)

// RelationTypes lists every known relation type.
var RelationTypes = []string{Investment, Compute, ChipSupply, Exclusive, Partnership, BoardSeat, Rivalry, Rupture}

// Relation is a deal or tie between two companies. When Directed, money or
// compute flows From -> To.
type Relation struct {
	ID       string     `json:"id"`
	From     string     `json:"from"`
	To       string     `json:"to"`
	Directed bool       `json:"directed"`
	Type     string     `json:"type"`
	ValueUSD *float64   `json:"valueUSD,omitempty"` // US dollars, not billions
	Capacity []Quantity `json:"capacity,omitempty"`
	Date     Date       `json:"date"`            // in force from
	Until    *Date      `json:"until,omitempty"` // in force until, if it ended
	// Reported is when the source (or a leak it cites) made the deal known,
	// kept apart from Date, when the deal takes effect.
	Reported    *Date  `json:"reported,omitempty"`
	Title       Text   `json:"title"`
	Description Text   `json:"description"`
	Status      Status `json:"status"`
	Source      Ref    `json:"source"`
}

// Quantity is an amount with a unit, such as 6 "GW" or 500000 "GPU".
type Quantity struct {
	Amount float64 `json:"amount"`
	Unit   string  `json:"unit"`
}

// Event is one step of the story on the timeline.
type Event struct {
	ID        string   `json:"id"`
	Date      Date     `json:"date"`
	End       *Date    `json:"end,omitempty"`
	Reported  *Date    `json:"reported,omitempty"` // when it became known, if apart from Date
	Type      string   `json:"type"`
	Title     Text     `json:"title"`
	Text      Text     `json:"text"`
	Parties   []string `json:"parties"`             // company IDs
	Relations []string `json:"relations,omitempty"` // relation IDs
	Era       string   `json:"era,omitempty"`       // era ID
	Status    Status   `json:"status"`
	Source    Ref      `json:"source"`
}

// Event types.
var EventTypes = []string{"crisis", "dispute", "deal", "announcement", "market", "forecast"}

// Era is a named phase of the story, shaded on the timeline.
type Era struct {
	ID     string `json:"id"`
	Name   Text   `json:"name"`
	Start  Date   `json:"start"`
	End    Date   `json:"end"`
	Source Ref    `json:"source"`
}

// Units of series values.
const (
	UnitUSD      = "usd"      // US dollars
	UnitPercent  = "percent"  // 0–100
	UnitCount    = "count"    // GPUs, companies…
	UnitMonths   = "months"   // runway
	UnitMultiple = "multiple" // 10×
	UnitGW       = "gw"       // gigawatts
)

// Units lists every known unit.
var Units = []string{UnitUSD, UnitPercent, UnitCount, UnitMonths, UnitMultiple, UnitGW}

// Series is a set of comparable figures in one unit.
type Series struct {
	ID          string  `json:"id"`
	Title       Text    `json:"title"`
	Unit        string  `json:"unit"`
	Description Text    `json:"description,omitempty"`
	Points      []Point `json:"points"`
}

// Point is one figure. In a share series, points with the same Group are
// parts of one whole and sum to at most 100.
type Point struct {
	Label      Text    `json:"label"`
	Value      float64 `json:"value"`
	Date       *Date   `json:"date,omitempty"`
	Group      *Text   `json:"group,omitempty"`
	Company    string  `json:"company,omitempty"`
	Status     Status  `json:"status"`
	Source     Ref     `json:"source"`
	Derivation Text    `json:"derivation,omitempty"` // required when Status is derived
	Note       Text    `json:"note,omitempty"`
	// Bound says Value is not exact: a floor ("超 90%": ≥ 90), a ceiling,
	// or a range from Value to Max. A vague word turned into a floor ("数十万"
	// ≥ 100,000) is derived, its rule in Derivation.
	Bound string   `json:"bound,omitempty"`
	Max   *float64 `json:"max,omitempty"` // upper end of a range
	// Reading says how a multiple is read: "提升 3 倍" as ×3, not ×4.
	// Required in a multiple series.
	Reading Text `json:"reading,omitempty"`
	// Relation names the deal the figure is the value of: the figure is
	// then known exactly when the deal is in force.
	Relation string `json:"relation,omitempty"`
}

// Bounds of a vague figure.
const (
	Floor   = "floor"
	Ceiling = "ceiling"
	Range   = "range"
)

// Statement is what a person said, in our own words.
type Statement struct {
	ID      string  `json:"id"`
	Speaker Speaker `json:"speaker"`
	Date    Date    `json:"date"` // undated when the source gives no date
	// Text is our paraphrase, never the source's sentence.
	Text   Text     `json:"text"`
	Where  Text     `json:"where,omitempty"` // occasion: "an internal e-mail"
	About  []string `json:"about,omitempty"` // ids of events the statement belongs to
	Status Status   `json:"status"`
	Source Ref      `json:"source"`
}

// Speaker is the person who said it, with their company if any.
type Speaker struct {
	Name    Text   `json:"name"`              // "Sam Altman", or "an analyst" when unnamed
	Role    Text   `json:"role,omitempty"`    // "CEO"
	Company string `json:"company,omitempty"` // company id
}

// Chart kinds.
const (
	ChartDealValues = "deal-values" // relations with a value, horizontal bars by camp
	ChartCampTotals = "camp-totals" // summed relation value per camp, stacked by type
	ChartBars       = "bars"        // each point of the series as a bar
	ChartShare      = "share"       // points grouped by Group as 100% stacked bars
	ChartDonut      = "donut"       // points as slices
)

// ChartKinds lists every known chart kind.
var ChartKinds = []string{ChartDealValues, ChartCampTotals, ChartBars, ChartShare, ChartDonut}

// Chart declares a chart, so that a dataset brings its own charts.
type Chart struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Title    Text     `json:"title"`
	Subtitle Text     `json:"subtitle,omitempty"`
	Series   []string `json:"series,omitempty"` // series IDs; none for deal-values and camp-totals
}

// Dataset is a whole camps file.
type Dataset struct {
	Schema    string     `json:"$schema,omitempty"`
	Version   int        `json:"version"`
	Title     Text       `json:"title"`
	Sources   []Source   `json:"sources"`
	Companies []Company  `json:"companies"`
	Camps     []Camp     `json:"camps"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
	Eras      []Era      `json:"eras"`
	Series    []Series   `json:"series"`
	Charts    []Chart    `json:"charts"`
	// Statements are optional, so that files without them still load.
	Statements []Statement `json:"statements,omitempty"`
}

package sheet

import (
	"strconv"

	"github.com/xuri/excelize/v2"
)

// readmeSheet explains the workbook to a person; the reader skips it.
const readmeSheet = "README"

// sheetHelp says what each sheet holds, in the workbook's README sheet.
var sheetHelp = map[string]string{
	datasetSheet: "The dataset's own fields: version and title (zh and en).",
	"Sources":    "The documents the data comes from, one row per section: the source's fields repeat on each of its rows. source.section and source.paragraph on every other sheet point here.",
	"Companies":  "Every company or organisation: id (lowercase, digits, '.' and '-'), name.zh / name.en, kind, country (two letters: US, CN), status and source.",
	"Camps":      "The alliances: id, name, description, color (#rrggbb), formed (when the camp formed; empty: undated), status and source. Their members are on the Members sheet.",
	"Members":    "One row per member of a camp: the camp's id, the company's id, its role and joined (empty: with the camp's forming).",
	"Relations":  "Deals and ties between two companies (from, to: company ids). valueUSD is a number of US dollars (38000000000), or a number with a valueUSD.unit column (亿, 万, million, billion). capacity is JSON, e.g. [{\"amount\":6,\"unit\":\"GW\"}]. date is when it takes effect, reported when the source made it known (if apart), until when it ended.",
	"Events":     "The steps of the story on the timeline: date, end, reported (when it became known, if apart). parties and relations are lists of ids separated by ';'.",
	"Statements": "What people said, in our own words: the speaker (speaker.name, speaker.role, speaker.company: a company id), the date (undated if the source gives none), text, where (the occasion) and about (ids of events, separated by ';').",
	"Eras":       "Named phases of the story, shaded on the timeline: start and end dates.",
	"Series":     "One row per figure: the series' id, title, unit and description, then the figure's label, value, status and source; bound (floor, ceiling, range up to max) when the figure is not exact, reading for a multiple, relation for the deal it is the value of. Rows with the same series id make one series; its fields may be left empty after its first row.",
	"Charts":     "The charts the dataset brings: kind, title and the series they draw (ids separated by ';').",
}

var readmeIntro = []string{
	"AI Camps workbook (硅谷 AI 阵营)",
	"",
	"Each sheet holds one kind of record: a header row of JSON field names, then one record per row. Open the workbook in AI Camps (File › Open data…, or aicamps FILE.xlsx); aicamps validate FILE.xlsx checks it, and aicamps convert FILE.xlsx camps.json turns it into JSON.",
	"Text in two languages has two columns: name.zh and name.en. Where a fact stands in its source: source.doc, source.section and source.paragraph.",
	"Dates are typed as 2025-11-03 (day), 2025-11 (month) or 2025 (year), or are real dates of the spreadsheet. When the source bounds a date, write by, before, after or about in front: by 2026-12 (at the latest by the end of December 2026), before 2027, after 2023-11, about 2025-04. When it gives no date, write undated. Lists are ids separated by ';'. status is one of reported, claimed, rumoured, estimate, forecast, derived.",
	"Columns with a drop-down list take only its values. An error names its cell, as in camps.xlsx: Relations!C4: unknown company \"anthropicx\".",
	"",
}

// readme writes the README sheet: the introduction, then one row per sheet.
func (w *writer) readme() {
	f := w.f
	row := 1
	for i, line := range readmeIntro {
		col := 1 // the text in the wide, wrapped column; the title above both
		if i == 0 {
			col = 0
		}
		w.fail(f.SetCellStr(readmeSheet, cellName(col, row), line))
		w.fitRow(row, line)
		row++
	}
	w.fail(f.SetCellStr(readmeSheet, cellName(0, row), "Sheet"))
	w.fail(f.SetCellStr(readmeSheet, cellName(1, row), "What it holds"))
	w.fail(f.SetCellStyle(readmeSheet, cellName(0, row), cellName(1, row), w.header))
	row++
	names := []string{datasetSheet}
	for _, l := range layouts {
		names = append(names, l.name)
	}
	for _, n := range names {
		w.fail(f.SetCellStr(readmeSheet, cellName(0, row), n))
		w.fail(f.SetCellStr(readmeSheet, cellName(1, row), sheetHelp[n]))
		w.fitRow(row, sheetHelp[n])
		row++
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	w.fail(err)
	w.fail(f.SetColWidth(readmeSheet, "A", "A", 14))
	w.fail(f.SetColWidth(readmeSheet, "B", "B", readmeWidth))
	w.printable(readmeSheet)
	w.fail(f.SetCellStyle(readmeSheet, "A2", "B"+strconv.Itoa(row), wrap))
	title, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	w.fail(err)
	w.fail(f.SetCellStyle(readmeSheet, "A1", "A1", title))
}

// readmeWidth is the width of the README's text column, in characters.
const readmeWidth = 110

// fitRow makes a README row tall enough for text wrapped in its column:
// spreadsheets do not grow a row for wrapped text they did not lay out.
func (w *writer) fitRow(row int, text string) {
	lines := (textWidth(text)*10/9)/readmeWidth + 1
	if lines > 1 {
		w.fail(w.f.SetRowHeight(readmeSheet, row, float64(15*lines)))
	}
}

package timeline

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/figure"
)

func (v *View) hover(pos fyne.Position) {
	e, ok := v.hit(pos)
	if !ok {
		v.tip.Hide()
		return
	}
	lang := v.lang
	txt := e.Title.In(lang) + "\n" + e.Date.Label(lang)
	if e.End != nil {
		txt += " – " + e.End.Label(lang)
	}
	if e.Status != data.Reported {
		txt += " · " + e.Status.Name(lang)
	}
	v.tipText.SetText(txt)
	v.tipBG.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	v.tipBG.StrokeColor = theme.Color(theme.ColorNameShadow)
	v.tipBG.StrokeWidth = 1
	size := v.tipText.MinSize()
	v.tip.Resize(size)
	v.tip.Move(tipPos(pos, size, v.area.Size()))
	v.tip.Show()
	v.tipLayer.Refresh()
}

// tipPos places a tooltip of size below and right of the pointer at pos;
// above or left where it would leave the picture a (over the window's
// status bar or the event card).
func tipPos(pos fyne.Position, size, a fyne.Size) fyne.Position {
	p := fyne.NewPos(pos.X+14, pos.Y+14)
	if p.X+size.Width > a.Width {
		p.X = max(0, pos.X-14-size.Width)
	}
	if p.Y+size.Height > a.Height {
		p.Y = max(0, pos.Y-14-size.Height)
	}
	return p
}

// showCard fills the event card with id's details, or hides it.
func (v *View) showCard(id string) {
	ds, lang := v.ds, v.lang
	e := entryByID(ds, id)
	if e == nil {
		v.card.Hide()
		v.Refresh()
		return
	}
	v.cardBox.Objects = nil
	add := func(s string, style fyne.TextStyle, imp widget.Importance) {
		if s == "" {
			return
		}
		l := &widget.Label{Text: s, TextStyle: style, Wrapping: fyne.TextWrapWord, Importance: imp}
		v.cardBox.Add(l)
	}
	date := e.Date.Label(lang)
	if e.End != nil {
		date += " – " + e.End.Label(lang)
	}
	title := e.Title.In(lang)
	if e.Status == data.Forecast {
		title = forecastPrefix(lang) + title
	}
	add(title, fyne.TextStyle{Bold: true}, widget.MediumImportance)
	add(date, fyne.TextStyle{}, widget.LowImportance)
	add(e.Text.In(lang), fyne.TextStyle{}, widget.MediumImportance)
	add(CardDetails(ds, e, lang), fyne.TextStyle{}, widget.MediumImportance)
	v.cardBG.FillColor = theme.Color(theme.ColorNameBackground) // the window's theme may have changed
	v.card.Show()
	v.cardBox.Refresh()
	v.cardScroll.ScrollToTop() // the new event's text from its start
	v.Refresh()
}

// CardDetails is the card's lower part: parties, linked deals with values,
// status and source ("section ¶N"), one per line.
func CardDetails(ds *data.Dataset, e *data.Event, lang string) string {
	names := map[string]string{}
	for _, c := range ds.Companies {
		names[c.ID] = c.Name.In(lang)
	}
	var lines []string
	if len(e.Parties) > 0 {
		var ps []string
		for _, p := range e.Parties {
			if n := names[p]; n != "" {
				ps = append(ps, n)
			} else {
				ps = append(ps, p)
			}
		}
		sep := ", "
		if lang == "zh" {
			sep = "、"
		}
		lines = append(lines, tr(lang, "parties")+strings.Join(ps, sep))
	}
	for _, rid := range e.Relations {
		for _, r := range ds.Relations {
			if r.ID != rid {
				continue
			}
			s := "• " + r.Title.In(lang)
			if r.ValueUSD != nil {
				s += " — " + figure.Money(*r.ValueUSD, lang) // as charts and network write it
			}
			if r.Status != data.Reported {
				s += " (" + r.Status.Name(lang) + ")"
			}
			lines = append(lines, s)
		}
	}
	for _, st := range StatementsAbout(ds, e.ID) {
		lines = append(lines, StatementLine(ds, st, lang))
	}
	lines = append(lines, tr(lang, "status")+e.Status.Name(lang))
	lines = append(lines, tr(lang, "source")+SourceRef(ds, e.Source, lang))
	return strings.Join(lines, "\n")
}

// SourceRef reads "The split ¶3": the section's title and the paragraph.
func SourceRef(ds *data.Dataset, ref data.Ref, lang string) string {
	name := ref.Section
	for _, s := range ds.Sources {
		if s.ID != ref.Doc {
			continue
		}
		for _, sec := range s.Sections {
			if sec.ID == ref.Section {
				name = sec.Title.In(lang)
			}
		}
	}
	if ref.Paragraph > 0 {
		return fmt.Sprintf("%s ¶%d", name, ref.Paragraph)
	}
	return name
}

package network

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
)

// showSelection fills the detail panel with the selected company or
// relation, or a hint.
func (v *View) showSelection() {
	lang := v.lang()
	v.detail.RemoveAll()
	ds := v.sc.Data
	switch {
	case ds == nil:
	case v.sc.Selected != "":
		v.companyDetail(v.sc.Selected)
	case v.sc.SelectedRelation != "":
		v.relationDetail(v.sc.SelectedRelation)
	default:
		hint := widget.NewLabel(word("hint", lang))
		hint.Wrapping = fyne.TextWrapWord
		v.detail.Add(hint)
	}
	v.detail.Refresh()
	if v.detailScroll != nil {
		v.detailScroll.ScrollToTop() // the new text from its start, not where the last was scrolled
	}
}

func (v *View) company(id string) (data.Company, bool) {
	for _, c := range v.sc.Data.Companies {
		if c.ID == id {
			return c, true
		}
	}
	return data.Company{}, false
}

func (v *View) name(id string) string {
	if c, ok := v.company(id); ok {
		return c.Name.In(v.lang())
	}
	return id
}

func (v *View) companyDetail(id string) {
	lang := v.lang()
	c, ok := v.company(id)
	if !ok {
		return
	}
	title := widget.NewLabelWithStyle(c.Name.In(lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.detail.Add(title)
	var camps []string
	for i := range v.sc.Data.Camps {
		cp := &v.sc.Data.Camps[i]
		for j, m := range cp.Members {
			if m.Company == id && v.sc.Data.MemberAsOf(cp, &cp.Members[j], v.sc.AsOf) {
				s := cp.Name.In(lang)
				if r := m.Role.In(lang); r != "" {
					s += " · " + r
				}
				camps = append(camps, s)
			}
		}
	}
	if len(camps) == 0 {
		camps = []string{word("nocamp", lang)}
	}
	v.detail.Add(wrapLabel(strings.Join(camps, "\n")))
	if n := c.Note.In(lang); n != "" {
		v.detail.Add(wrapLabel(n))
	}
	v.detail.Add(widget.NewLabelWithStyle(word("relations", lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	count := 0
	for _, r := range v.sc.VisibleRelations() {
		if r.From != id && r.To != id {
			continue
		}
		count++
		r := r
		other := r.To
		if other == id {
			other = r.From
		}
		head := data.TypeName(r.Type, lang) + " · " + v.name(other)
		if val := ValueLabel(r, lang); val != "" {
			head += " · " + val
		}
		b := widget.NewButton(shorten(head, detailWidth-56), func() {
			v.SelectRelation(r.ID)
			if v.OnSelectRelation != nil {
				v.OnSelectRelation(r.ID)
			}
		})
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		v.detail.Add(b)
		v.detail.Add(wrapLabel(r.Title.In(lang) + "\n" + v.facts(r.Date, r.Until, r.Status, r.Source)))
	}
	if count == 0 {
		v.detail.Add(widget.NewLabel("—"))
	}
	v.statementsDetail(id)
	var events []data.Event
	for _, e := range v.sc.Data.Events {
		for _, p := range e.Parties {
			if p == id {
				events = append(events, e)
				break
			}
		}
	}
	if len(events) > 0 {
		v.detail.Add(widget.NewLabelWithStyle(word("events", lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, e := range events {
			e := e
			b := widget.NewButton(shorten(e.Date.Label(lang)+" · "+e.Title.In(lang), detailWidth-56), func() { v.Highlight(e.Parties, e.Relations) })
			b.Alignment = widget.ButtonAlignLeading
			b.Importance = widget.LowImportance
			v.detail.Add(b)
			v.detail.Add(wrapLabel(v.facts(e.Date, e.End, e.Status, e.Source)))
		}
	}
}

// statementsDetail lists what the company's people had said as of the
// scene's date, in our words, each with its speaker, date, status and
// locator.
func (v *View) statementsDetail(id string) {
	lang := v.lang()
	var sts []*data.Statement
	for _, s := range v.sc.Data.StatementsOf(id) {
		if v.sc.Data.StatementMade(s, v.sc.AsOf) {
			sts = append(sts, s)
		}
	}
	if len(sts) == 0 {
		return
	}
	v.detail.Add(widget.NewLabelWithStyle(word("statements", lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, s := range sts {
		who := s.Speaker.Name.In(lang)
		if r := s.Speaker.Role.In(lang); r != "" {
			who += ", " + r
		}
		v.detail.Add(wrapLabel(who + ": " + s.Text.In(lang) + "\n" + v.facts(s.Date, nil, s.Status, s.Source)))
	}
}

func (v *View) relationDetail(id string) {
	lang := v.lang()
	for _, r := range v.sc.Data.Relations {
		if r.ID != id {
			continue
		}
		v.detail.Add(widget.NewLabelWithStyle(r.Title.In(lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		arrow := " — "
		if r.Directed {
			arrow = " → "
		}
		line := data.TypeName(r.Type, lang)
		if val := ValueLabel(r, lang); val != "" {
			line += " · " + val
		}
		v.detail.Add(wrapLabel(line))
		for _, pid := range []string{r.From, r.To} {
			pid := pid
			b := widget.NewButton(shorten(v.name(pid), detailWidth-56), func() {
				v.Select(pid)
				if v.OnSelectCompany != nil {
					v.OnSelectCompany(pid)
				}
			})
			b.Alignment = widget.ButtonAlignLeading
			v.detail.Add(b)
			if pid == r.From {
				v.detail.Add(widget.NewLabel(strings.TrimSpace(arrow)))
			}
		}
		if d := r.Description.In(lang); d != "" {
			v.detail.Add(wrapLabel(d))
		}
		v.detail.Add(wrapLabel(v.facts(r.Date, r.Until, r.Status, r.Source)))
		if r.Reported != nil {
			v.detail.Add(wrapLabel(word("reported", lang) + r.Reported.Label(lang)))
		}
		return
	}
}

// facts is "Nov 2025 – Oct 2026 · reported · Source §Section ¶3".
func (v *View) facts(d data.Date, until *data.Date, st data.Status, ref data.Ref) string {
	lang := v.lang()
	s := d.Label(lang)
	if until != nil {
		s += " – " + until.Label(lang)
	}
	return s + " · " + st.Name(lang) + " · " + RefLabel(v.sc.Data, ref, lang)
}

// RefLabel names where a fact stands: "Source title §Section ¶3".
func RefLabel(ds *data.Dataset, ref data.Ref, lang string) string {
	doc, sec := ref.Doc, "§"+ref.Section
	for _, s := range ds.Sources {
		if s.ID != ref.Doc {
			continue
		}
		doc = s.Title.In(lang)
		for _, x := range s.Sections {
			if x.ID == ref.Section {
				sec = "§" + x.Title.In(lang)
			}
		}
	}
	return fmt.Sprintf("%s %s ¶%d", doc, sec, ref.Paragraph)
}

// shorten cuts s with "…" to fit width in the theme's text size.
func shorten(s string, width float32) string {
	size := theme.TextSize()
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, fyne.TextStyle{}).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}

func wrapLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

package timeline

import (
	"fmt"
	"runtime"
	"sort"

	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/words"
)

// setControls fills the toolbar in the current language from the data.
func (v *View) setControls() {
	ds, lang, q, mode := v.ds, v.lang, v.query, v.mode
	v.updatingControls = true
	defer func() { v.updatingControls = false }()
	v.search.SetPlaceHolder(tr(lang, "search"))
	if v.search.Text != q.Text {
		v.search.SetText(q.Text)
	}
	v.companyIDs, v.typeIDs, v.statusIDs = []string{""}, []string{""}, []string{""}
	companies := []string{tr(lang, "allCompanies")}
	types := []string{tr(lang, "allTypes")}
	statuses := []string{tr(lang, "allStatuses")}
	if ds != nil {
		seen := map[string]bool{}
		var cs []data.Company
		for _, e := range ds.Events {
			for _, p := range e.Parties {
				seen[p] = true
			}
		}
		for _, c := range ds.Companies {
			if seen[c.ID] {
				cs = append(cs, c)
			}
		}
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Name.In(lang) < cs[j].Name.In(lang) })
		for _, c := range cs {
			v.companyIDs = append(v.companyIDs, c.ID)
			companies = append(companies, c.Name.In(lang))
		}
		tseen, sseen := map[string]bool{}, map[data.Status]bool{}
		for _, e := range ds.Events {
			tseen[e.Type] = true
			sseen[e.Status] = true
		}
		for _, t := range data.EventTypes {
			if tseen[t] {
				v.typeIDs = append(v.typeIDs, t)
				types = append(types, tr(lang, "type."+t))
			}
		}
		for _, s := range data.Statuses {
			if sseen[s] {
				v.statusIDs = append(v.statusIDs, string(s))
				statuses = append(statuses, s.Name(lang))
			}
		}
	}
	setSel := func(s *widget.Select, opts, ids []string, cur string) {
		s.Options = opts
		i := 0
		for k, id := range ids {
			if id == cur {
				i = k
			}
		}
		s.SetSelectedIndex(i)
	}
	setSel(v.company, companies, v.companyIDs, q.Company)
	setSel(v.typ, types, v.typeIDs, q.Type)
	setSel(v.status, statuses, v.statusIDs, string(q.Status))
	v.lanes.Options = []string{tr(lang, "byCamp"), tr(lang, "byCompany")}
	if mode == ByCompany {
		v.lanes.SetSelected(v.lanes.Options[1])
	} else {
		v.lanes.SetSelected(v.lanes.Options[0])
	}
	v.fit.SetText(tr(lang, "fit"))
	v.exportBtn.SetText(tr(lang, "export"))
}

func pick(s *widget.Select, ids []string) string {
	i := s.SelectedIndex()
	if i < 0 || i >= len(ids) {
		return ""
	}
	return ids[i]
}

// tr is the view's own UI text, from assets/translations ("timeline."
// keys, or the views' shared "views." ones), not through the app's
// translator: the view must not depend on the app's translation setup.
func tr(lang, key string) string { return words.In(lang, "timeline", key) }

// syncHint shows the wheel's hint while the lanes scroll.
func (v *View) syncHint() {
	L, lang := v.last, v.lang
	if L == nil || !L.Scrolls {
		v.hint.Hide()
		return
	}
	mod := "Ctrl"
	if runtime.GOOS == "darwin" {
		mod = "⌘"
	}
	v.hint.SetText(fmt.Sprintf(tr(lang, "wheelHint"), mod))
	v.hint.Show()
}

package network

import "github.com/aicamps/aicamps/data"

// NewViewOn is NewView with do as the way the finished layout is handed back
// to the UI goroutine (NewView uses fyne.Do). Tests of code that embeds the
// view pass a queue they drain on their own goroutine.
func NewViewOn(ds *data.Dataset, lang string, do func(func())) *View { return newView(ds, lang, do) }

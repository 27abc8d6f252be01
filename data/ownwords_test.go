package data

import (
	"reflect"
	"strings"
	"testing"
)

// maxCopied is the longest run of characters a zh text may share with the
// article: facts carry over, the article's sentences do not.
const maxCopied = 27

// longestCommon is the longest run of runes a and b share (the classic
// dynamic programme, one row at a time).
func longestCommon(a, b []rune) string {
	best, end := 0, 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, end = cur[j], i
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return string(a[end-best : end])
}

func TestLongestCommon(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"微软向 Anthropic 融资", "微软已与 Anthropic 达成", " Anthropic "},
		{"abc", "xyz", ""},
		{"数十万颗 GPU", "由数十万颗 NVIDIA", "数十万颗 "},
	} {
		if got := longestCommon([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("longestCommon(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestBundledOwnWords: no zh text of the data repeats more than maxCopied
// characters of the article. The sources' own titles (the article's title
// and headings) are names, not prose, and are left out.
func TestBundledOwnWords(t *testing.T) {
	ds := loadBundled(t)
	article := []rune(strings.Join(loadArticle(t), "\n"))
	windows := map[string]bool{}
	for i := 0; i+maxCopied+1 <= len(article); i++ {
		windows[string(article[i:i+maxCopied+1])] = true
	}
	n := 0
	walkTexts(reflect.ValueOf(*ds), "dataset", false, func(path string, tx Text, _ bool) {
		if strings.HasPrefix(path, "dataset.sources") {
			return
		}
		n++
		zh := []rune(tx.Zh)
		for i := 0; i+maxCopied+1 <= len(zh); i++ {
			if windows[string(zh[i:i+maxCopied+1])] {
				run := longestCommon(zh, article)
				t.Errorf("%s: %d characters copied from the article: %q", path, len([]rune(run)), run)
				return
			}
		}
	})
	if n < 100 {
		t.Errorf("checked only %d texts", n)
	}
}

func reflectValue(ds *Dataset) reflect.Value { return reflect.ValueOf(*ds) }

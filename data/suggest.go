package data

// suggest returns the candidate closest to s by edit distance, if it is
// close enough to be a likely typo: at most 1 edit for short words, about a
// third of the length for longer ones. Ties go to the earlier candidate.
func suggest(s string, candidates []string) string {
	max := len([]rune(s)) / 3
	if max < 1 {
		max = 1
	}
	if max > 4 {
		max = 4
	}
	best, bestD := "", max+1
	for _, c := range candidates {
		if c == s {
			continue
		}
		if d := distance(s, c, bestD-1); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b (in runes), or
// limit+1 as soon as it is known to exceed limit.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if n := len(ra) - len(rb); n > limit || -n > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

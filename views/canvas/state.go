package canvas

import "image/color"

// State is what a canvas's setters change and Pop restores. Backends embed
// a Stack, which keeps it and the saved copies, and read it as they draw.
type State struct {
	Color    color.Color
	Width    float64
	Dashes   []float64
	Offset   float64
	Cap      Cap
	Opacity  float64
	M        Matrix
	ClipRect Rect // in picture pixels, not transformed
	Groups   int  // clip groups a vector backend opened since the last Push
}

// Stack is the current State and the saved ones: the setters of Canvas.
type Stack struct {
	State
	saved []State
}

// NewStack starts with black, width 1, opaque, untransformed, clipped to
// the w×h picture.
func NewStack(w, h float64) Stack {
	return Stack{State: State{Color: color.Black, Width: 1, Opacity: 1, M: Identity,
		ClipRect: Rect{Max: Point{X: w, Y: h}}}}
}

func (s *Stack) SetColor(c color.Color)                     { s.Color = c }
func (s *Stack) SetLineWidth(w float64)                     { s.Width = w }
func (s *Stack) SetLineDash(pattern []float64, off float64) { s.Dashes, s.Offset = pattern, off }
func (s *Stack) SetLineCap(c Cap)                           { s.Cap = c }
func (s *Stack) SetOpacity(a float64)                       { s.Opacity = a }
func (s *Stack) Translate(x, y float64)                     { s.M = s.M.Translate(x, y) }
func (s *Stack) Rotate(rad float64)                         { s.M = s.M.Rotate(rad) }

// Push saves the state; the copy starts with no clip groups of its own.
func (s *Stack) Push() {
	s.saved = append(s.saved, s.State)
	s.Groups = 0
}

// Restore brings back the last saved state and returns how many clip
// groups the state it replaces had opened (for the backend to close); ok
// is false when nothing was saved.
func (s *Stack) Restore() (groups int, ok bool) {
	n := len(s.saved)
	if n == 0 {
		return 0, false
	}
	groups = s.Groups
	s.State, s.saved = s.saved[n-1], s.saved[:n-1]
	return groups, true
}

// Paint is the colour to draw with: the state's, its alpha times the
// opacity.
func (s *Stack) Paint() color.NRGBA { return NRGBA(s.Color, s.Opacity) }

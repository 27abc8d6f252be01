package sheet

func (r *reader) kumu() map[string]any { return nil }

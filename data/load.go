package data

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/aicamps/aicamps/assets"
)

// Load parses and checks a camps file. name is used in error messages.
// STUB: replaced by the full loader (schema, meaning, line:column errors).
func Load(name string, b []byte) (*Dataset, error) {
	var ds Dataset
	if err := json.Unmarshal(b, &ds); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &ds, nil
}

// LoadFile reads and loads the file at path.
func LoadFile(path string) (*Dataset, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Load(path, b)
}

// Bundled loads the dataset built into the binary.
func Bundled() (*Dataset, error) { return Load("camps.json", assets.CampsJSON) }

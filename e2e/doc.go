// Package e2e drives the real aicamps binary under its own Xvfb: it starts the
// window, takes screenshots, presses shortcuts and checks the exit status.
// The tests carry the e2e build tag so that `go test ./...` does not run them;
// `make test` builds bin/aicamps and runs `go test -tags e2e ./e2e/`.
package e2e

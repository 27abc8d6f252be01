module github.com/aicamps/aicamps

go 1.26

module goc

go 1.22

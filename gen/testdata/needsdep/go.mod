module example.com/needsdep

go 1.23

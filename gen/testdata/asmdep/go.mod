module example.com/asmdep

go 1.23

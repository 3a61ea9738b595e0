module example.com/buildbench

go 1.23

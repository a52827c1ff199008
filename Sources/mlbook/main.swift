import MLBook
print("mlbook")

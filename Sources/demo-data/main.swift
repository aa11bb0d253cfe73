print("demo-data: not yet")

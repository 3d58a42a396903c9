import ArticleKit
print("train")

import ArticleKit
print("bench")

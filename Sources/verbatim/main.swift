import ArticleKit
print("verbatim")

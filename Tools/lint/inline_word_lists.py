#!/usr/bin/env python3
"""Lists the array literals in the analysis code that hold more than five word-like string
literals: word lists belong in Sources/ArticleKit/Resources/lang (see its README).
Usage: Tools/lint/inline_word_lists.py [Sources/ArticleKit]; exits 1 when it finds one."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "Sources/ArticleKit"
word = re.compile(r"[^\W\d_][\w'’ .-]*")
token = re.compile(r'[\[\]]|"(?:[^"\\\n]|\\.)*"')
found = 0
for directory, _, files in os.walk(root):
    if "/Syntax" in directory:  # another developer's part, not checked here
        continue
    for name in files:
        if not name.endswith(".swift"):
            continue
        path = os.path.join(directory, name)
        text = re.sub(r"//[^\n]*", "", open(path, encoding="utf-8").read())
        stack = []
        for m in token.finditer(text):
            t = m.group(0)
            if t == "[":
                stack.append([m.start(), 0])
            elif t == "]":
                if stack:
                    start, count = stack.pop()
                    if count > 5:
                        line = text.count("\n", 0, start) + 1
                        print(f"{path}:{line}: {count} words: {text[start:start + 80].splitlines()[0]}")
                        found += 1
            elif stack and word.fullmatch(t[1:-1]):
                stack[-1][1] += 1
sys.exit(1 if found else 0)

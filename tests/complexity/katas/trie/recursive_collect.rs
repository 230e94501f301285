// learner: optimal
// idiom: recursive helper collects the subtree (depth = longest word, within O(k)); strip_prefix on the query string walks it, O(m + k)
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Box<Node>>,
    word: bool,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

fn collect(node: &Node, buf: &mut String, out: &mut Vec<String>) {
    if node.word {
        out.push(buf.clone());
    }
    for (&c, child) in &node.next {
        buf.push(c);
        collect(child, buf, out);
        buf.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), words: 0 }
    }

    fn node(&self, s: &str) -> Option<&Node> {
        let mut cur = &self.root;
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            cur = cur.next.get(&c)?;
            rest = rest.strip_prefix(c).unwrap_or("");
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = &mut self.root;
        for c in word.chars() {
            cur = cur.next.entry(c).or_insert_with(Default::default);
        }
        let added = !cur.word;
        cur.word = true;
        self.words += added as usize;
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        self.node(word).is_some_and(|n| n.word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.node(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.node(prefix) {
            let mut buf = prefix.to_string();
            collect(n, &mut buf, &mut out);
        }
        out
    }
}

// learner: optimal
// idiom: OOP: owned Box<Node> tree with BTreeMap<char, Box<Node>>, methods descend(&self, prefix) -> Option<&Node> and collect_into(&mut String, &mut Vec)
//! A prefix tree for Unicode words.
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    end: bool,
    kids: BTreeMap<char, Box<Node>>,
}

impl Node {
    fn descend(&self, prefix: &str) -> Option<&Node> {
        let mut cur = self;
        for c in prefix.chars() {
            cur = cur.kids.get(&c)?;
        }
        Some(cur)
    }

    fn collect_into(&self, buf: &mut String, out: &mut Vec<String>) {
        if self.end {
            out.push(buf.clone());
        }
        for (&c, kid) in &self.kids {
            buf.push(c);
            kid.collect_into(buf, out);
            buf.pop();
        }
    }
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), count: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = &mut self.root;
        for c in word.chars() {
            cur = cur.kids.entry(c).or_default();
        }
        if cur.end {
            return false;
        }
        cur.end = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.root.descend(word).map_or(false, |n| n.end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count > 0 && self.root.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.root.descend(prefix) {
            let mut buf = String::from(prefix);
            n.collect_into(&mut buf, &mut out);
        }
        out
    }
}

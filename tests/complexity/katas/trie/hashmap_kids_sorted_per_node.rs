// learner: optimal
// idiom: HashMap<char, usize> children in an arena; the listing sorts each visited node's children (at most sigma of them, the same log-sigma factor a BTreeMap pays per step)
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Node {
    children: HashMap<char, usize>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    n_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], n_words: 0 }
    }

    fn locate(&self, s: &str) -> Option<usize> {
        let mut cur = 0;
        for c in s.chars() {
            cur = *self.nodes[cur].children.get(&c)?;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = 0;
        for c in word.chars() {
            let len = self.nodes.len();
            let next = *self.nodes[cur].children.entry(c).or_insert(len);
            if next == len {
                self.nodes.push(Node::default());
            }
            cur = next;
        }
        let new = !self.nodes[cur].end;
        self.nodes[cur].end = true;
        self.n_words += new as usize;
        new
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map_or(false, |n| self.nodes[n].end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.n_words > 0 && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.locate(prefix) else { return out };
        let mut word = prefix.to_string();
        // (node, byte length of `word` before the node's char, the char)
        let mut stack: Vec<(usize, usize, Option<char>)> = vec![(start, word.len(), None)];
        let mut kids: Vec<(char, usize)> = Vec::new();
        while let Some((n, keep, c)) = stack.pop() {
            word.truncate(keep);
            if let Some(c) = c {
                word.push(c);
            }
            if self.nodes[n].end {
                out.push(word.clone());
            }
            kids.clear();
            kids.extend(self.nodes[n].children.iter().map(|(&c, &k)| (c, k)));
            kids.sort_unstable_by(|a, b| b.0.cmp(&a.0)); // largest first: smallest pops first
            let here = word.len();
            stack.extend(kids.iter().map(|&(c, k)| (k, here, Some(c))));
        }
        out
    }
}

// A trie walk with an explicit stack that sorts each node's child keys
// before pushing them: the children are keyed by a character, at most σ of
// them, so each sort is constant work (the kata's README takes σ as a
// constant), and pushing them adds up to the nodes under the prefix.
// expect Trie::words_with_prefix: time O(n), space O(n)
// target Trie::words_with_prefix: time O(m + k), space O(k)
use std::collections::HashMap;

struct Node {
    children: HashMap<char, usize>,
    end: bool,
}

pub struct Trie {
    nodes: Vec<Node>,
}

impl Trie {
    pub fn words_with_prefix(&self, start: usize, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut word = prefix.to_string();
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
            kids.sort_unstable_by(|a, b| b.0.cmp(&a.0));
            let here = word.len();
            stack.extend(kids.iter().map(|&(c, k)| (k, here, Some(c))));
        }
        out
    }
}

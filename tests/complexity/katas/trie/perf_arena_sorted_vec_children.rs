// learner: optimal
// idiom: perf programmer; flat Vec<Node> arena, children as a sorted Vec<(char, u32)> searched with binary_search_by_key, iterative DFS with an explicit stack and one reusable String buffer
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default)]
struct Node {
    kids: Vec<(char, u32)>, // sorted by char
    terminal: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum Step {
    Enter(char, u32),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    #[inline]
    fn child(&self, at: u32, c: char) -> Option<u32> {
        let kids = &self.nodes[at as usize].kids;
        kids.binary_search_by_key(&c, |&(ch, _)| ch).ok().map(|i| kids[i].1)
    }

    fn find(&self, s: &str) -> Option<u32> {
        let mut at = 0u32;
        for c in s.chars() {
            at = self.child(at, c)?;
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0u32;
        for c in word.chars() {
            let pos = self.nodes[at as usize].kids.binary_search_by_key(&c, |&(ch, _)| ch);
            at = match pos {
                Ok(i) => self.nodes[at as usize].kids[i].1,
                Err(i) => {
                    let id = self.nodes.len() as u32;
                    self.nodes.push(Node::default());
                    self.nodes[at as usize].kids.insert(i, (c, id));
                    id
                }
            };
        }
        let node = &mut self.nodes[at as usize];
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(at) => self.nodes[at as usize].terminal,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every non-root node lies on the path of some stored word; the root only if a word exists
        self.words > 0 && self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.find(prefix) else { return out };
        let mut buf = String::from(prefix);
        if self.nodes[start as usize].terminal {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        for &(c, k) in self.nodes[start as usize].kids.iter().rev() {
            stack.push(Step::Enter(c, k));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, k) => {
                    buf.push(c);
                    let node = &self.nodes[k as usize];
                    if node.terminal {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for &(c2, k2) in node.kids.iter().rev() {
                        stack.push(Step::Enter(c2, k2));
                    }
                }
            }
        }
        out
    }
}

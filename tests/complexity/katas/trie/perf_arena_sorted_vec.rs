// learner: optimal
// idiom: performance engineer, Vec<Node> arena with u32 links, children as sorted Vec<(char, u32)> + binary search, explicit Enter/Leave stack and one reusable buffer
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default)]
struct Node {
    /// Sorted by char.
    kids: Vec<(char, u32)>,
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

#[derive(Clone, Copy)]
enum Step {
    Enter(char, u32),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        let mut nodes = Vec::with_capacity(64);
        nodes.push(Node::default());
        Trie { nodes, words: 0 }
    }

    #[inline]
    fn child(&self, at: u32, c: char) -> Option<u32> {
        let kids = &self.nodes[at as usize].kids;
        kids.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| kids[i].1)
    }

    fn walk(&self, s: &str) -> Option<u32> {
        let mut at = 0u32;
        for c in s.chars() {
            at = self.child(at, c)?;
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0u32;
        for c in word.chars() {
            let kids = &self.nodes[at as usize].kids;
            at = match kids.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => kids[i].1,
                Err(i) => {
                    let fresh = self.nodes.len() as u32;
                    self.nodes[at as usize].kids.insert(i, (c, fresh));
                    self.nodes.push(Node::default());
                    fresh
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
        self.walk(word).is_some_and(|n| self.nodes[n as usize].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words != 0 && self.walk(prefix).is_some()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.words
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.walk(prefix) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut buf = String::with_capacity(prefix.len() + 16);
        buf.push_str(prefix);
        if self.nodes[start as usize].terminal {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = Vec::with_capacity(32);
        for &(c, n) in self.nodes[start as usize].kids.iter().rev() {
            stack.push(Step::Enter(c, n));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, n) => {
                    buf.push(c);
                    let node = &self.nodes[n as usize];
                    if node.terminal {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for &(k, m) in node.kids.iter().rev() {
                        stack.push(Step::Enter(k, m));
                    }
                }
            }
        }
        out
    }
}
